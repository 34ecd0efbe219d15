// The API's interactive page, from the Swagger UI bundled with Storyline (no CDN).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
