// The API's interactive page, from the Swagger UI bundled with Storyline (no CDN).
// validatorUrl: null keeps Swagger UI from loading its badge from an outside validator.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
