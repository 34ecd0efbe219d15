"""Build examples/archive.warc.gz, the bundled example WARC file.

The archive holds three captured article pages of fictional outlets (Savanna Times,
El Mirador Andino), each as an HTTP request record and an HTTP response record
(status 200, Content-Type text/html), preceded by one warcinfo record.

The output is reproducible: the pages are embedded below as string constants,
WARC-Date values are fixed, and record ids are derived from the URLs (uuid5),
so running the script twice writes byte-identical files.

    .venv/bin/python scripts/build_example_warc.py [output-path]

All outlets, people and events in these pages are fictional.
"""

from __future__ import annotations

import sys
import uuid
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "examples" / "archive.warc.gz"

_NAMESPACE = uuid.UUID("6f1c2a52-3d0e-4b8e-9a57-5d1f4c1e7b10")
USER_AGENT = "storyline-example-crawler/1.0 (+https://storyline.example/bot)"

# ---------------------------------------------------------------------------
# Page 1: Savanna Times, Mombasa warehouse fire, toll seventeen (Thursday).
# ---------------------------------------------------------------------------

SAVANNA_FIRE_URL = "https://savannatimes.example/kenya/2026/03/12/shimanzi-warehouse-fire-seventeen-dead"
SAVANNA_FIRE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Seventeen dead: grief and anger in Shimanzi two days after warehouse inferno | Savanna Times</title>
  <meta name="description" content="The toll from the Shimanzi warehouse fire in Mombasa rose to seventeen on Thursday.">
  <meta property="og:site_name" content="Savanna Times">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Seventeen dead: grief and anger in Shimanzi two days after warehouse inferno">
  <meta property="og:url" content="https://savannatimes.example/kenya/2026/03/12/shimanzi-warehouse-fire-seventeen-dead">
  <meta name="author" content="Brian Otieno">
  <meta property="article:published_time" content="2026-03-12T16:20:00+03:00">
  <meta property="article:section" content="Kenya">
  <link rel="canonical" href="https://savannatimes.example/kenya/2026/03/12/shimanzi-warehouse-fire-seventeen-dead">
  <link rel="stylesheet" href="/static/savanna.css">
</head>
<body>
  <div class="consent-banner">
    <p>Savanna Times uses cookies and similar technologies to run this site, measure audiences and show you relevant adverts.</p>
    <button>Accept cookies</button> <button>Customise</button>
  </div>
  <header class="top">
    <a class="logo" href="/">Savanna Times</a>
    <nav>
      <ul>
        <li><a href="/kenya">Kenya</a></li>
        <li><a href="/east-africa">East Africa</a></li>
        <li><a href="/world">World</a></li>
        <li><a href="/money">Money</a></li>
        <li><a href="/lifestyle">Lifestyle</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/video">Video</a></li>
      </ul>
    </nav>
  </header>
  <div class="wrap">
    <main>
      <article class="post">
        <h1>Seventeen dead: grief and anger in Shimanzi two days after warehouse inferno</h1>
        <p class="byline">By <a href="/people/brian-otieno">Brian Otieno</a>, Mombasa</p>
        <p class="date"><time datetime="2026-03-12T16:20:00+03:00">12 March 2026, 4:20 pm</time></p>
        <div class="share-tools">Share this @savannatimes.example <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
        <figure>
          <img src="/images/2026/03/12/shimanzi-shell.jpg" alt="The burnt-out shell of a warehouse">
          <figcaption>The burnt-out warehouse on Shimanzi road on Thursday. (Photo: B. Otieno / Savanna Times)</figcaption>
        </figure>
        <p>The fire was put out on Tuesday evening. Two days later, the smell of burnt oil still hangs over Shimanzi road, and the warehouse where seventeen people died is a black shell of twisted iron sheets, fenced off with police tape.</p>
        <p>The toll rose again on Thursday, when the county referral hospital said three patients with severe burns had died overnight. The fire broke out late on Monday night and took firefighters most of Tuesday to bring under control.</p>
        <p>Outside the mortuary, Rehema Kazungu waited for the body of her brother, a 26-year-old loader who had taken the night shift for the extra pay. "He called me at eleven to say he was tired. That was the last time I heard his voice," she said.</p>
        <p>Hamisi Baya, one of the loaders who escaped, said that the men on the upper floor had run to the rear door and found it locked. He said he got out through a window at the front and broke his wrist when he landed.</p>
        <aside class="promo-newsletter">
          <h3>Daily Dispatch</h3>
          <p>Sign up for our newsletter and get the biggest Kenyan stories in your inbox each evening.</p>
          <form><input type="email" placeholder="Email"><button>Join</button></form>
        </aside>
        <p>Chief fire officer Grace Achieng has said her crews were delayed by lorries blocking the access road. On Thursday she told the Savanna Times that the county had warned the warehouse's owners about blocked exits last year. "They were given a notice. Nothing changed," she said.</p>
        <p>Officials said 41 people had been injured in all. Police have arrested a night supervisor at the warehouse, and detectives are looking for a second employee who held the keys to the rear door.</p>
        <p>The Coast Harbours Authority, whose container terminal lies a few hundred metres away, said port traffic had not been disrupted. A spokesperson said the authority would offer counselling to port staff who had friends or relatives among the victims.</p>
        <div class="related"><h3>Related:</h3>
          <ul>
            <li><a href="/kenya/warehouse-safety-inspections">Who checks the warehouses? Inside Kenya's inspection gap</a></li>
            <li><a href="/kenya/mombasa-mortuary-overwhelmed">Mombasa mortuary staff work through the night</a></li>
          </ul>
        </div>
        <footer class="author-card">
          <p>Brian Otieno — 12 years reporting from Mombasa, from the county assembly to the fish market. Loves long-distance running and old highlife records.</p>
        </footer>
      </article>
    </main>
    <aside class="sidebar">
      <h2>Most read</h2>
      <ol>
        <li><a href="/money/shilling-steadies">Shilling steadies against the dollar</a></li>
        <li><a href="/sport/marathon-course-record">Marathon course record falls in Eldoret</a></li>
        <li><a href="/lifestyle/coast-recipes-pilau">Five coast recipes for a Sunday pilau</a></li>
        <li><a href="/east-africa/new-rail-link-talks">New regional rail link talks resume</a></li>
      </ol>
    </aside>
  </div>
  <footer class="site-footer">
    <p><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
    <p>© 2026 Savanna Times. A fictional outlet used as example data.</p>
  </footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# Page 2: Savanna Times, dockworkers' protest framed as a "riot" (Friday).
# ---------------------------------------------------------------------------

SAVANNA_RIOT_URL = "https://savannatimes.example/kenya/2026/03/13/mombasa-port-gate-riot-tear-gas"
SAVANNA_RIOT_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Riot at Mombasa port gate as police fire tear gas at dockworkers | Savanna Times</title>
  <meta name="description" content="Police arrested 23 people after a riot at the main gate of Mombasa's container terminal.">
  <meta property="og:site_name" content="Savanna Times">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Riot at Mombasa port gate as police fire tear gas at dockworkers">
  <meta property="og:url" content="https://savannatimes.example/kenya/2026/03/13/mombasa-port-gate-riot-tear-gas">
  <meta name="author" content="Brian Otieno">
  <meta property="article:published_time" content="2026-03-13T14:10:00+03:00">
  <meta property="article:section" content="Kenya">
  <link rel="canonical" href="https://savannatimes.example/kenya/2026/03/13/mombasa-port-gate-riot-tear-gas">
  <link rel="stylesheet" href="/static/savanna.css">
</head>
<body>
  <div class="consent-banner">
    <p>Savanna Times uses cookies and similar technologies to run this site, measure audiences and show you relevant adverts.</p>
    <button>Accept cookies</button> <button>Customise</button>
  </div>
  <header class="top">
    <a class="logo" href="/">Savanna Times</a>
    <nav>
      <ul>
        <li><a href="/kenya">Kenya</a></li>
        <li><a href="/east-africa">East Africa</a></li>
        <li><a href="/world">World</a></li>
        <li><a href="/money">Money</a></li>
        <li><a href="/lifestyle">Lifestyle</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/video">Video</a></li>
      </ul>
    </nav>
  </header>
  <div class="wrap">
    <main>
      <article class="post">
        <h1>Riot at Mombasa port gate as police fire tear gas at dockworkers</h1>
        <p class="byline">By <a href="/people/brian-otieno">Brian Otieno</a>, Mombasa</p>
        <p class="date"><time datetime="2026-03-13T14:10:00+03:00">13 March 2026, 2:10 pm</time></p>
        <div class="share-tools">Share this @savannatimes.example <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
        <figure>
          <img src="/images/2026/03/13/port-gate-tyres.jpg" alt="Burning tyres on a road">
          <figcaption>Tyres burn on the road to the container terminal on Friday. (Photo: B. Otieno / Savanna Times)</figcaption>
        </figure>
        <p>Police fired tear gas and arrested 23 people on Friday morning after a riot broke out at the main gate of Mombasa's container terminal, where hundreds of dockworkers had gathered to demand permanent contracts.</p>
        <p>Rioters set tyres on fire across the road leading to the gate and threw stones at officers, police said, bringing lorry traffic in and out of the port to a standstill for more than three hours. One protester was taken to hospital with a leg injury.</p>
        <p>The unrest began shortly after 6 a.m., when workers arriving for the morning shift refused to enter the terminal and blocked the gate with wooden pallets. By 9 a.m. the crowd had grown to several hundred.</p>
        <p>"We will not allow a handful of agitators to hold the country's main port hostage," Mombasa county police commander Peter Kiprono said. He said that those arrested would be charged with unlawful assembly and malicious damage to property.</p>
        <aside class="promo-newsletter">
          <h3>Daily Dispatch</h3>
          <p>Sign up for our newsletter and get the biggest Kenyan stories in your inbox each evening.</p>
          <form><input type="email" placeholder="Email"><button>Join</button></form>
        </aside>
        <p>The Coast Dockworkers' Union, which called the action, accuses labour contractors at the port of keeping men on daily contracts for years to avoid paying benefits. Union secretary-general Juma Mwakio denied that his members had started the violence. "Our people came with placards, not stones," he said.</p>
        <p>Lorry drivers stuck in the queue said the standoff had cost them a day's earnings. "Every hour I sit here is money I will never see," said Peter Njoroge, who was hauling tea for export.</p>
        <p>The Coast Harbours Authority said in a statement that terminal operations had resumed by early afternoon and that it was not a party to the employment dispute, which concerns private contractors.</p>
        <div class="related"><h3>Related:</h3>
          <ul>
            <li><a href="/money/port-congestion-costs">What port congestion costs Kenyan exporters</a></li>
            <li><a href="/kenya/casual-labour-explainer">Explainer: casual labour at the coast</a></li>
          </ul>
        </div>
        <footer class="author-card">
          <p>Brian Otieno — 12 years reporting from Mombasa, from the county assembly to the fish market. Loves long-distance running and old highlife records.</p>
        </footer>
      </article>
    </main>
    <aside class="sidebar">
      <h2>Most read</h2>
      <ol>
        <li><a href="/money/shilling-steadies">Shilling steadies against the dollar</a></li>
        <li><a href="/sport/marathon-course-record">Marathon course record falls in Eldoret</a></li>
        <li><a href="/lifestyle/coast-recipes-pilau">Five coast recipes for a Sunday pilau</a></li>
        <li><a href="/east-africa/new-rail-link-talks">New regional rail link talks resume</a></li>
      </ol>
    </aside>
  </div>
  <footer class="site-footer">
    <p><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
    <p>© 2026 Savanna Times. A fictional outlet used as example data.</p>
  </footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# Page 3: El Mirador Andino (Spanish), Cusco council restricts heavy lorries
# on the new Wayra Chaka bridge (Friday).
# ---------------------------------------------------------------------------

MIRADOR_URL = "https://elmiradorandino.example/cusco/2026/03/13/prohiben-camiones-pesados-puente-wayra-chaka"
MIRADOR_HTML = """<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>La Municipalidad del Cusco prohíbe el paso de camiones pesados por el puente Wayra Chaka | El Mirador Andino</title>
  <meta name="description" content="El concejo municipal aprobó una ordenanza que restringe el paso de vehículos de más de 12 toneladas por el nuevo puente.">
  <meta property="og:site_name" content="El Mirador Andino">
  <meta property="og:type" content="article">
  <meta property="og:locale" content="es_PE">
  <meta property="og:title" content="La Municipalidad del Cusco prohíbe el paso de camiones pesados por el puente Wayra Chaka">
  <meta property="og:url" content="https://elmiradorandino.example/cusco/2026/03/13/prohiben-camiones-pesados-puente-wayra-chaka">
  <meta name="author" content="Rocío Huamán Quispe">
  <meta property="article:published_time" content="2026-03-13T08:00:00-05:00">
  <meta property="article:section" content="Cusco">
  <link rel="canonical" href="https://elmiradorandino.example/cusco/2026/03/13/prohiben-camiones-pesados-puente-wayra-chaka">
  <link rel="stylesheet" href="/css/mirador.css">
</head>
<body>
  <div class="aviso-cookies">
    <p>Usamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad relacionada con tus preferencias.</p>
    <button>Aceptar</button> <button>Configurar</button>
  </div>
  <header>
    <a class="logo" href="/">El Mirador Andino</a>
    <nav>
      <ul>
        <li><a href="/cusco">Cusco</a></li>
        <li><a href="/region">Región</a></li>
        <li><a href="/peru">Perú</a></li>
        <li><a href="/economia">Economía</a></li>
        <li><a href="/cultura">Cultura</a></li>
        <li><a href="/deportes">Deportes</a></li>
        <li><a href="/opinion">Opinión</a></li>
      </ul>
    </nav>
  </header>
  <div class="contenedor">
    <main>
      <article class="nota">
        <h1>La Municipalidad del Cusco prohíbe el paso de camiones pesados por el puente Wayra Chaka</h1>
        <p class="autor">Por <a href="/autores/rocio-huaman">Rocío Huamán Quispe</a></p>
        <p class="fecha"><time datetime="2026-03-13T08:00:00-05:00">13 de marzo de 2026, 8:00 a. m.</time></p>
        <div class="compartir">Compartir en @elmiradorandino.example <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a></div>
        <figure>
          <img src="/fotos/2026/03/wayra-chaka-senal.jpg" alt="Señal de tránsito en el puente">
          <figcaption>Un agente municipal coloca la señal de peso máximo en el acceso del puente. (Foto: R. Huamán / El Mirador Andino)</figcaption>
        </figure>
        <p>CUSCO — El concejo de la Municipalidad Provincial del Cusco aprobó anoche, por unanimidad, una ordenanza que prohíbe el paso de vehículos de más de 12 toneladas por el puente Wayra Chaka, dos días después de su inauguración.</p>
        <p>La restricción regirá hasta que concluyan las pruebas de carga, previstas para la segunda quincena de abril. Los conductores que no respeten la medida recibirán una multa de 2750 soles, según el texto de la ordenanza.</p>
        <p>"Preferimos ser prudentes. El puente está diseñado para camiones pesados, pero queremos que los estudios lo confirmen antes de abrirlo a todo tipo de vehículos", declaró el alcalde provincial, Raúl Condori Mamani, al término de la sesión.</p>
        <p>La decisión responde al pedido de un grupo de ingenieros civiles de la región, que el miércoles había advertido que los accesos al puente aún no estaban terminados y que los resultados de las pruebas de carga no se habían hecho públicos.</p>
        <aside class="boletin">
          <p>Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes del Cusco.</p>
          <input type="email" placeholder="Tu correo"> <button>Suscribirme</button>
        </aside>
        <p>Los transportistas de carga del valle sur mostraron su malestar. Según el dirigente del gremio de transportistas, Efraín Ccorimanya, la medida obliga a los camiones a seguir usando la avenida de la Cultura, "justo lo que el puente debía evitar".</p>
        <p>Los autos particulares, las combis y los buses de transporte urbano podrán seguir usando el puente con normalidad, precisó la municipalidad.</p>
        <div class="relacionadas"><h3>Relacionado:</h3>
          <ul>
            <li><a href="/cusco/inauguran-puente-wayra-chaka-huatanay">Cusco inaugura el puente Wayra Chaka sobre el río Huatanay</a></li>
            <li><a href="/cusco/obras-viales-2026">Las obras viales que el Cusco espera terminar este año</a></li>
          </ul>
        </div>
        <footer class="bio-autora">
          <p>Rocío Huamán Quispe — 8 años cubriendo la ciudad, del concejo municipal a los mercados. Ama el teatro y las caminatas por el valle Sagrado.</p>
        </footer>
      </article>
    </main>
    <aside class="lateral">
      <h2>Lo más leído</h2>
      <ol>
        <li><a href="/cultura/festival-de-danzas">Festival de danzas reúne a 40 comparsas</a></li>
        <li><a href="/economia/precio-de-la-papa">Baja el precio de la papa en los mercados</a></li>
        <li><a href="/deportes/clasico-cusqueno">Todo listo para el clásico cusqueño del domingo</a></li>
      </ol>
    </aside>
  </div>
  <footer class="pie">
    <p><a href="/nosotros">Nosotros</a> · <a href="/contacto">Contacto</a> · <a href="/privacidad">Privacidad</a></p>
    <p>© 2026 El Mirador Andino. Medio ficticio usado como datos de ejemplo.</p>
  </footer>
</body>
</html>
"""

# (url, html, WARC-Date of the capture, HTTP Date header of the response)
PAGES = [
    (SAVANNA_FIRE_URL, SAVANNA_FIRE_HTML, "2026-03-12T14:00:00Z", "Thu, 12 Mar 2026 14:00:00 GMT"),
    (SAVANNA_RIOT_URL, SAVANNA_RIOT_HTML, "2026-03-13T12:00:00Z", "Fri, 13 Mar 2026 12:00:00 GMT"),
    (MIRADOR_URL, MIRADOR_HTML, "2026-03-13T15:00:00Z", "Fri, 13 Mar 2026 15:00:00 GMT"),
]

WARCINFO_DATE = "2026-03-14T00:00:00Z"


def _record_id(kind: str, url: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(_NAMESPACE, kind + ' ' + url)}>"


def build(output: Path = DEFAULT_OUTPUT) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        info = (
            b"software: storyline scripts/build_example_warc.py (warcio)\r\n"
            b"format: WARC File Format 1.0\r\n"
            b"description: Example captures of fictional news outlets for Storyline\r\n"
        )
        warcinfo = writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": _record_id("warcinfo", output.name),
                "WARC-Date": WARCINFO_DATE,
                "WARC-Filename": output.name,
            },
        )
        writer.write_record(warcinfo)

        for url, html, warc_date, http_date in PAGES:
            body = html.encode("utf-8")
            parts = urlsplit(url)

            response_id = _record_id("response", url)
            http_headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Date", http_date),
                    ("Server", "nginx"),
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("Cache-Control", "max-age=300"),
                ],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                length=len(body),
                http_headers=http_headers,
                warc_headers_dict={"WARC-Record-ID": response_id, "WARC-Date": warc_date},
            )
            writer.write_record(response)

            request_headers = StatusAndHeaders(
                f"GET {parts.path} HTTP/1.1",
                [
                    ("Host", parts.netloc),
                    ("User-Agent", USER_AGENT),
                    ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
                    ("Accept-Language", "en,es;q=0.8"),
                ],
                is_http_request=True,
            )
            request = writer.create_warc_record(
                url,
                "request",
                http_headers=request_headers,
                warc_headers_dict={
                    "WARC-Record-ID": _record_id("request", url),
                    "WARC-Date": warc_date,
                    "WARC-Concurrent-To": response_id,
                },
            )
            writer.write_record(request)
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    print(build(target))
