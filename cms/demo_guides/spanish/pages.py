"""El sitio de demostración en español: la página de inicio, el índice de guías y las páginas
de contenido. Each page names the slug of the English page it translates (``translates``)."""

from cms.demo_guides.helpers import para
from cms.demo_guides.pages import FEDERAL_PAGE_SLUG

HOME = {
    "title": "Public Tech Pathways",
    "slug": "home-es",  # the home pages are siblings under Wagtail's root: slugs must differ
    "intro": "Encuentre empleos de tecnología de interés público en el Condado de Los Ángeles y "
    "aprenda cómo funcionan las carreras de tecnología en el gobierno: los títulos, los "
    "exámenes y las formas de entrar.",
    "federal_heading": "¿Perdió su empleo federal en tecnología?",
    "federal_text": "<p>Su experiencia hace falta aquí. Los gobiernos del estado, del condado "
    "y de las ciudades, y las organizaciones de tecnología cívica de Los Ángeles, contratan a "
    "personas con sus mismas habilidades. Empiece por nuestros consejos paso a paso.</p>",
}

GUIDE_INDEX = {
    "title": "Guías de carrera",
    "slug": "guides",
    "show_in_menus": True,
    "intro": "<p>Cada guía explica un tipo de empleo de tecnología en el sector público: en qué "
    "consiste el trabajo, cómo lo llaman los empleadores federales, estatales, del condado y de "
    "la ciudad, cómo es la contratación, cuánto se paga en Los Ángeles y qué vacantes hay "
    "abiertas ahora mismo. Las guías que aún no están en español se muestran en inglés.</p>",
}

CONTENT_PAGES = [
    {
        "translates": FEDERAL_PAGE_SLUG,
        "slug": FEDERAL_PAGE_SLUG,
        "title": "Después de un despido federal: su próximo empleo de tecnología en el servicio público",
        "intro": "Un plan paso a paso para tecnólogos federales del Condado de Los Ángeles que "
        "perdieron su empleo, escrito con personas que ya dieron el salto.",
        "body": [
            para(
                "<h2>Esta semana</h2><ol><li>Guarde sus formularios SF-50, su última "
                "evaluación de desempeño y su aviso de separación o de reducción de personal "
                "(RIF).</li><li>Pregunte en la oficina de recursos humanos de su agencia si "
                "califica para el Interagency Career Transition Assistance Plan (ICTAP), que da "
                "prioridad de selección para empleos federales cerca de usted.</li><li>Solicite "
                "el seguro de desempleo ante el EDD de California; puede hacerlo en "
                "español.</li></ol>"
                "<h2>Este mes</h2><ol><li>Adapte su currículum a cada nivel de gobierno: dos "
                "páginas para empleos federales, la solicitud estatal para CalCareers y los "
                "formatos del Condado y de la Ciudad que corresponden a sus especificaciones de "
                "clase.</li><li>Presente en línea el examen estatal de IT Specialist; lo pone "
                "en la lista de elegibles mientras se postula en otros lugares.</li><li>"
                "Suscríbase a los avisos de exámenes del Condado y de la Ciudad.</li></ol>"
                "<h2>Si habla español</h2><p>Muchos puestos del Condado y de la Ciudad que "
                "atienden al público pagan un bono por bilingüismo. Dígalo en su solicitud y "
                "pregunte por la prueba de idioma.</p>"
            ),
            para(
                "<h2>Prioridad para empleos federales: CTAP e ICTAP</h2><p>Si su agencia le "
                "entregó un aviso de separación por reducción de personal (RIF), pueden "
                "elegirlo antes que a otros candidatos para empleos federales cerca de usted: "
                "en su propia agencia, con su plan de transición de carrera (CTAP), mientras "
                "siga empleado, y en otras agencias, con el plan interagencial (ICTAP), "
                "normalmente durante un año después de su separación.</p><ul><li><strong>Qué "
                "empleos:</strong> de su grado o inferior, sin más potencial de ascenso que el "
                "empleo que perdió, en la misma zona de desplazamiento local, es decir, los "
                "lugares desde donde la gente puede viajar al trabajo cada día. La agencia "
                "decide dónde termina esa zona, así que revise el lugar de trabajo en el "
                "anuncio.</li><li><strong>Bien calificado:</strong> la prioridad solo "
                "corresponde a quienes la agencia considera bien calificados para ese empleo, "
                "según lo defina el anuncio (algunos piden 85 puntos o más). Su última "
                "evaluación de desempeño debe ser al menos satisfactoria.</li><li><strong>Qué "
                "adjuntar:</strong> su aviso de separación por RIF, el SF-50 que muestra su "
                "separación y su última evaluación de desempeño, en cada solicitud y antes de "
                "que cierre el anuncio.</li></ul><p>Los anuncios que aceptan candidatos en "
                "transición de carrera lo indican en \u201cQuién puede postularse\u201d. Vea "
                '<a href="/es/jobs/?government_level=federal&amp;hiring_path=fed-transition">'
                "los empleos federales que aceptan candidatos de CTAP e ICTAP</a> y, al final "
                "de esa búsqueda, suscríbase para recibir un correo cuando se abran "
                "nuevos.</p><p>Fuentes: "
                '<a href="https://www.opm.gov/policy-data-oversight/workforce-restructuring/'
                'employee-guide-to-career-transition/" lang="en">OPM, The Employee\u2019s '
                "Guide to Career Transition (CTAP, ICTAP, RPL)</a>; "
                '<a href="https://www.ecfr.gov/current/title-5/chapter-I/subchapter-B/part-330/'
                'subpart-F" lang="en">5 CFR 330, subpart F</a> (CTAP: quién califica, la zona '
                "de desplazamiento local, bien calificado); "
                '<a href="https://www.ecfr.gov/current/title-5/chapter-I/subchapter-B/part-330/'
                'subpart-G" lang="en">5 CFR 330, subpart G</a> (ICTAP: quién califica, por '
                "cuánto tiempo, las pruebas que adjuntar).</p>"
            ),
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "heading": "Traduzca su grado",
                    "text": '<p>Un IT Specialist GS-12 o GS-13 suele calificar para la clase estatal IT Specialist II y para las clases de analista sénior del Condado. Con la herramienta <a href="/es/from-federal/">Traduzca su empleo federal</a>, escriba su serie y su grado para ver las clases del Estado, del Condado y de la Ciudad, su sueldo junto al suyo y los empleos abiertos ahora.</p>',
                },
            },
            {
                "type": "live_openings",
                "value": {
                    "heading": "Vacantes de nivel sénior abiertas ahora",
                    "role_family": "",
                    "seniority": "senior",
                    "agency": None,
                    "remote": "",
                    "count": 5,
                },
            },
        ],
    },
    {
        "translates": "about",
        "slug": "about",
        "title": "Acerca de Public Tech Pathways",
        "intro": "Ayudamos a las personas a encontrar, entender y conseguir empleos de "
        "tecnología de interés público en el Condado de Los Ángeles.",
        "body": [
            para(
                "<p>Public Tech Pathways es un proyecto de organizadores comunitarios y "
                "tecnólogos. Reunimos empleos de tecnología del sector público y de impacto "
                "social (de empleadores federales, estatales, del condado y de la ciudad, y de "
                "organizaciones de tecnología cívica) y escribimos guías en lenguaje claro sobre "
                "cómo funcionan esas carreras.</p><p>Lo hicimos para quienes rara vez reciben "
                "esa información: mujeres que empiezan su carrera, personas BIPOC, con "
                "discapacidad y LGBTQ+, quienes cambian de carrera y los muchos trabajadores "
                "federales de Los Ángeles que perdieron su empleo en 2025. Publicamos en inglés "
                "y en español porque cuatro de cada diez residentes del condado hablan español "
                "en casa.</p>"
            ),
        ],
    },
    {
        "translates": "questions",
        "slug": "questions",
        "title": "Preguntas y respuestas",
        "intro": "Respuestas breves a lo que más nos preguntan.",
        "body": [
            {
                "type": "question",
                "value": {
                    "question": "¿Este sitio es del gobierno?",
                    "answer": "<p>No. Somos un proyecto comunitario independiente. Cada empleo enlaza con el anuncio del propio empleador, donde usted presenta su solicitud.</p>",
                },
            },
            {
                "type": "question",
                "value": {
                    "question": "¿Por qué los anuncios de empleo están en inglés?",
                    "answer": "<p>Mostramos cada anuncio tal como lo publicó el empleador, casi siempre en inglés. Usted puede buscar en español: al escribir \u201canalista de datos\u201d o \u201csoporte técnico\u201d encontrará los empleos equivalentes en inglés.</p>",
                },
            },
            {
                "type": "question",
                "value": {
                    "question": "¿Cada cuánto se actualizan los empleos?",
                    "answer": "<p>Todos los días. Los empleos que cierran o desaparecen del sitio del empleador se marcan como cerrados.</p>",
                },
            },
            {
                "type": "question",
                "value": {
                    "question": "¿Qué es una lista de elegibles?",
                    "answer": "<p>Los gobiernos del estado, del condado y de la ciudad contratan de listas ordenadas de personas que aprobaron el examen de una clase de puesto. Entrar en la lista es el primer paso; después, los departamentos invitan a entrevistas a quienes están en ella.</p>",
                },
            },
        ],
    },
]
