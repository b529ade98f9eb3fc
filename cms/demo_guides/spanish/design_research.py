"""Guía de demostración: diseño, investigación y contenido en el servicio público."""

from cms.demo_guides import design_research as english
from cms.demo_guides.helpers import para, resource, skill, source, way_in
from cms.demo_guides.spanish.common import (
    CAMINO_FEDERAL,
    CONSEJOS_COMUNES,
    FUENTES_COMUNES,
    caminos,
    nivel,
    nombres,
)

GUIDE = {
    **english.GUIDE,
    "title": "Diseño, investigación y contenido en el servicio público",
    "summary": "Quienes diseñan, investigan con usuarios y escriben contenido hacen que los "
    "servicios públicos se encuentren, se entiendan y se terminen, para todas las personas, en "
    "su idioma y en cualquier dispositivo.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "se publican en las series 0343, 2210, 1083 o 1084: lea las funciones, "
            "no la serie",
            "state": "el campo de Business Technology Management de las clases de TI incluye "
            "la experiencia de usuario y el diseño de contenido",
            "county": "no encontramos una clase propia del Condado para diseño de servicios o UX",
            "city": "$58,359 a $85,294 en el primero de tres rangos de la Ciudad (convocatoria "
            "de abril de 2025)",
            "nonprofit": "tecnología cívica y empresas de beneficio público",
        },
    ),
    "the_work": [
        para(
            "<p>Diseñar para el gobierno es lograr que un trámite tenga sentido para quien lo "
            "hace. Quienes investigan con usuarios se sientan con personas que piden CalFresh, "
            "un permiso de negocio o un beneficio de veterano, observan dónde se atoran y lo "
            "cuentan al equipo. Quienes diseñan convierten eso en formularios, pantallas, "
            "cartas y recorridos completos, y los vuelven a probar. Quienes diseñan contenido "
            "reescriben reglas e instrucciones en lenguaje claro y cuidan que la versión en "
            "español se entienda tan bien como la inglesa, no que sea una traducción literal. "
            "Y quienes se especializan en accesibilidad revisan que todo funcione con lector de "
            "pantalla, con teclado o con un teléfono lento.</p>"
            "<p>California creó su Oficina de Datos e Innovación en 2019, y desde 2023 es un departamento propio, para llevar este "
            "enfoque, el diseño centrado en las personas, a las dependencias del Estado. Las "
            "agencias federales también contratan para este trabajo, aunque los dos equipos "
            "federales de diseño más conocidos, 18F y el U.S. Digital Service, fueron cerrados "
            "o transformados en 2025.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Mire más allá del título",
                "text": "<p>Los puestos de diseño se esconden detrás de títulos generales: "
                "\u201cManagement Program Analyst\u201d, \u201cIT Specialist\u201d, "
                "\u201cInformation Technology Specialist I\u201d. Busque \u201cuser "
                "experience\u201d, \u201chuman-centered design\u201d o \u201ccontent "
                "design\u201d entre las funciones del anuncio.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Por la mañana dirige dos sesiones de prueba por video con personas que "
            "solicitaron un beneficio hace poco, mientras una colega toma notas. Después de "
            "comer, ordena con el equipo lo que vieron: la persona a cargo del producto, dos "
            "ingenieros y una experta en las reglas del programa. Vuelve a dibujar una pregunta "
            "de elegibilidad confusa, revisa la nueva redacción con la abogada del programa y "
            "confirma que el cambio sigue cumpliendo las reglas de accesibilidad. Buena parte "
            "del trabajo es convencer: mostrar, con un video corto de alguien que batalla con "
            "el formulario, por qué hay que cambiarlo.</p>"
        ),
    ],
    "levels": [
        nivel(
            "entry",
            "Junior UX Designer; Information Technology Associate; Graphics Designer",
            "Estado: IT Associate; Ciudad: Graphics Designer (1670)",
            47_490,
            76_476,
            "Apoya sesiones de investigación, prepara pantallas y textos con la guía de una "
            "diseñadora con más experiencia y corrige problemas de accesibilidad.",
        ),
        nivel(
            "mid",
            "Program Analyst (UX/UI Designer) GS-11 a GS-12; IT Specialist I; UX Designer",
            "Estado: IT Specialist I (Business Technology Management)",
            71_957,
            113_185,
            "Planea y dirige investigaciones por su cuenta, diseña funciones completas y "
            "escribe el contenido en lenguaje claro que las acompaña.",
        ),
        nivel(
            "senior",
            "Management Program Analyst (UX/UI Designer) GS-13; IT Specialist II; "
            "Senior User Researcher",
            "Estado: IT Specialist II",
            104_349,
            161_313,
            "Diseña servicios completos en todos sus canales (web, teléfono, papel, oficina), "
            "dirige la investigación de un programa y orienta a otras personas.",
        ),
        nivel(
            "lead",
            "(Senior) Human-Centered Designer GS-14 a GS-15; Customer Experience Strategist; "
            "Design Lead",
            "Estado: IT Specialist III, IT Supervisor II",
            146_632,
            197_200,
            "Define cómo investiga y diseña una agencia, forma el equipo de diseño y convence "
            "a la dirección de financiar los cambios.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Investigación con usuarios",
            "Planear entrevistas y pruebas de uso, reclutar participantes con justicia y "
            "convertir notas en hallazgos que el equipo pueda aplicar.",
            True,
        ),
        skill(
            "skill",
            "Diseño de interacción y de servicios",
            "Hacer prototipos en Figma o en código y trazar un servicio completo, desde la "
            "primera búsqueda hasta la carta final.",
            True,
        ),
        skill(
            "skill",
            "Accesibilidad",
            "Los servicios públicos deben cumplir WCAG y la Sección 508; probar con lector de "
            "pantalla se espera, no es un extra.",
            True,
        ),
        skill(
            "skill",
            "Lenguaje claro y diseño de contenido",
            "Escribir para personas que están bajo presión, comprobar que entendieron y "
            "trabajar con quienes traducen.",
            True,
        ),
        skill(
            "skill",
            "Sistemas de diseño",
            "El U.S. Web Design System y el California Design System son la base con la que "
            "construyen los equipos del gobierno.",
            False,
        ),
        skill(
            "skill",
            "Su español",
            "Investigar con residentes que hablan español u otro idioma es muy valioso en un "
            "condado donde tanta gente lo habla.",
            False,
        ),
        skill(
            "credential",
            "Un portafolio",
            "Casos que muestren su proceso y el resultado pesan más que un título; muchas "
            "clases públicas aceptan experiencia en lugar de un título.",
            True,
        ),
    ],
    "pay_notes": "<p>El rango de cada nivel es el General Schedule federal de 2026 en Los "
    "Ángeles para los grados de ese nivel, del escalón 1 al 10 (las tarifas base de la OPM con "
    "el ajuste de 36.47% de Los Ángeles). Los anuncios completan el panorama: un puesto federal "
    "de diseño UX/UI GS-13 en Federal Student Aid pagaba de $105,383 a $171,268 según el lugar "
    "de trabajo (septiembre de 2025); el IT Specialist I del Estado paga de $6,139 a $8,228 al "
    "mes en el rango A, donde empieza quien entra al servicio estatal; el Graphics Designer de "
    "la Ciudad de Los Ángeles paga de $58,359 a $85,294 en su primer rango (abril de 2025). Los "
    "empleos del estado, el condado y la ciudad suman una pensión y aumentos anuales. El "
    "anuncio siempre tiene la última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Prepare dos o tres casos sobre servicios públicos: rediseñe un formulario "
            "confuso de su condado, pruébelo con cinco personas y muestre qué cambió. Sea "
            "voluntaria o voluntario en Hack for LA, cuyos equipos necesitan diseño e "
            "investigación, y busque becas como las de Code for America. El examen estatal de IT "
            "Associate es en línea y está abierto todo el año.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Trabajadoras sociales, bibliotecarios, maestras y personal de centros de "
            "llamadas ya saben cómo vive la gente sus trámites con el gobierno, y ese es el "
            "corazón de este trabajo. Aprenda los métodos (abajo hay cursos gratuitos y los "
            "sistemas de diseño federal y de California) y describa su experiencia con las "
            "palabras del anuncio: entrevistar a clientes, escribir instrucciones, capacitar a "
            "usuarios.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL + "<p>Si trabajó en 18F, en el U.S. Digital Service o en una "
            "oficina de experiencia del cliente de una agencia, trae algo poco común: "
            "investigar y diseñar bajo las reglas del gobierno (la Paperwork Reduction Act, la "
            "Sección 508, las revisiones de privacidad). Nómbrelas en su solicitud. La Oficina "
            "de Datos e Innovación del Estado y las organizaciones de tecnología cívica buscan "
            "esa experiencia, y los exámenes de IT Specialist del Estado la reconocen cuando "
            "las funciones coinciden.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes diseñan en la industria suelen calificar en el nivel sénior. La "
            "contratación es más lenta, hay más revisiones y más idiomas; lleve ejemplos de "
            "investigación con personas que no dominan la tecnología y de mejoras de "
            "accesibilidad que llegaron al público.</p>",
        ),
    ],
    "hiring": caminos(
        federal="En USAJOBS busque \u201cuser experience\u201d, \u201chuman-centered "
        "design\u201d o \u201cservice designer\u201d en lugar de una serie: el mismo trabajo se "
        "publica como 0343, 2210, 1083 o 1084. Algunos, como una convocatoria conjunta de 2022 "
        "para Human-Centered Designers, lo evalúan en una entrevista técnica con diseñadores "
        "(SME-QA).",
        state="Presente el examen de IT Associate o de IT Specialist I y luego siga en "
        "CalCareers los anuncios cuyas funciones mencionen investigación con usuarios, diseño "
        "de contenido o servicios digitales, también en la Oficina de Datos e Innovación.",
        county="No encontramos una clase propia del Condado para UX o diseño de servicios. Los "
        "departamentos han traído el diseño por medio de becas (FUSE Corps en el departamento "
        "de Desarrollo de la Fuerza Laboral, Envejecimiento y Servicios Comunitarios) y de "
        "anuncios de TI y de análisis: lea las funciones.",
        city="El examen de Graphics Designer (1670) de la Ciudad cubre diseño visual y de "
        "páginas web; el resto del trabajo de diseño está en clases de TI y de análisis y en "
        "los equipos web de los departamentos.",
        nonprofit="Code for America, U.S. Digital Response, Nava y Ad Hoc contratan diseño e "
        "investigación en sus propios portales; U.S. Digital Response también ha ayudado a "
        "gobiernos locales a redactar puestos de UX que encajen en sus clases del servicio "
        "civil.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Que su portafolio se entienda sin usted",
                "text": "<p>Quien revisa su solicitud quizá no sea diseñador. En cada caso "
                "cuente el problema, con quién habló, qué cambió y qué pasó, en cuatro "
                "párrafos cortos, y haga que el portafolio mismo sea accesible.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "U.S. Web Design System",
            "https://designsystem.digital.gov/",
            "Administración de Servicios Generales de EE. UU. (GSA), en inglés",
            "reading",
            "free",
            "El sistema de diseño federal: componentes, guía de accesibilidad y patrones para "
            "servicios del gobierno.",
        ),
        resource(
            "California Design System",
            "https://designsystem.webstandards.ca.gov/",
            "Estado de California, en inglés",
            "reading",
            "free",
            "Los componentes y estándares con los que se construyen los sitios del Estado.",
        ),
        resource(
            "Introducción a la accesibilidad web",
            "https://www.w3.org/WAI/fundamentals/accessibility-intro/es",
            "W3C, Iniciativa de Accesibilidad Web",
            "course",
            "free",
            "Qué es la accesibilidad web y por qué importa, en español.",
        ),
        resource(
            "Hack for LA",
            "https://www.hackforla.org/",
            "Hack for LA",
            "community",
            "free",
            "Equipos voluntarios de tecnología cívica en Los Ángeles que necesitan diseño e "
            "investigación.",
        ),
    ],
    "stories": [],
    "sources": [
        source(
            "Las clasificaciones de Tecnologías de la Información del Estado (seis campos)",
            english.STATE_IT_SERIES,
            "CalHR, en inglés",
        ),
        source(
            "Informe a la Legislatura, julio de 2022 a julio de 2023",
            english.ODI_REPORT,
            "Oficina de Datos e Innovación de California, en inglés",
        ),
        source(
            "Management Program Analyst (UX/UI Designer), GS-0343-13",
            english.FSA_UX_POSTING,
            "USAJOBS, Departamento de Educación de EE. UU., en inglés",
        ),
        source(
            "(Senior) Human-Centered Designer, GS-14 a GS-15 (2022)",
            english.CISA_HCD_POSTING,
            "USAJOBS, Departamento de Seguridad Nacional, en inglés",
        ),
        source(
            "Program Analyst (UX/UI Designer), GS-0343-11/12 (2020), copia publicada",
            english.OPM_UX_POSTING,
            "Oficina de Administración de Personal de EE. UU. (OPM), en inglés",
        ),
        source(
            "Convocatoria de Graphics Designer 1670 (abril de 2025), copia publicada",
            english.CITY_GRAPHICS_1670,
            "Departamento de Personal de la Ciudad de Los Ángeles, en inglés",
        ),
        source(
            "Customer Experience Strategist, GS-14 (2021)",
            english.VA_CX_POSTING,
            "USAJOBS, Departamento de Asuntos de Veteranos, en inglés",
        ),
        source(
            "IT Program Manager (Service Designer), GS-2210-15, copia publicada",
            english.SERVICE_DESIGNER_POSTING,
            "Convocatoria federal, en inglés",
        ),
        source(
            "La GSA cierra la oficina 18F (marzo de 2025)", english.GSA_18F, "MeriTalk, en inglés"
        ),
        source(
            "Diseño centrado en las personas para los servicios de empleo del Condado",
            english.FUSE_COUNTY_HCD,
            "FUSE Corps, en inglés",
        ),
        source(
            "Cómo un condado contrató puestos de UX",
            english.USDR_COUNTY_UX,
            "U.S. Digital Response, en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
