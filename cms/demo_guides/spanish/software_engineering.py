"""Guía de demostración: ingeniería de software en el servicio público."""

from cms.demo_guides import software_engineering as english
from cms.demo_guides.helpers import para, resource, skill, source, story, way_in
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
    "title": "Ingeniería de software en el servicio público",
    "summary": "Las ingenieras y los ingenieros de software construyen y mantienen los sitios "
    "web, las aplicaciones y los sistemas con los que la gente obtiene beneficios, permisos, "
    "licencias y ayuda del gobierno.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "series 2210 o 1550",
            "state": "el software es uno de varios campos de TI",
            "nonprofit": "tecnología cívica y empresas de beneficio público",
        },
    ),
    "the_work": [
        para(
            "<p>En el sector público, quienes programan escriben, prueban y operan el código de "
            "servicios que nadie puede dejar de usar: solicitar CalFresh o Medi-Cal, pagar una "
            "multa de estacionamiento, hacer una cita de vacunación, renovar una licencia de "
            "negocio. Buena parte del trabajo consiste en mejorar sistemas de hace décadas, "
            "conectarlos con pantallas nuevas y lograr que funcionen en el teléfono, con lectores "
            "de pantalla y en muchos idiomas, también en español.</p><p>En el Condado de Los "
            "Ángeles eso significa atender a unos diez millones de personas. Un pequeño arreglo "
            "en un formulario puede ahorrar miles de horas de espera, y un servicio bien hecho "
            "sigue funcionando durante un incendio o cuando se disparan las solicitudes de "
            "ayuda.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Los títulos esconden el trabajo",
                "text": "<p>Pocos anuncios del gobierno dicen \u201csoftware engineer\u201d. Busque \u201cIT Specialist (APPSW)\u201d, \u201cProgrammer Analyst\u201d o \u201cInformation Systems Analyst\u201d y lea las funciones del puesto.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Un día típico empieza con una reunión breve del equipo: una persona de la "
            "oficina del programa que decide qué se construye, alguien de diseño y dos o tres "
            "ingenieros. Puede que programe en pareja un cambio a una regla de elegibilidad, "
            "revise el código de un colega, responda una pregunta del centro de llamadas sobre "
            "un error que ve el público y escriba una prueba que demuestre que ya está "
            "corregido. Las revisiones de seguridad y de accesibilidad y los comités que "
            "aprueban cambios son parte del ritmo; también lo es explicar decisiones técnicas "
            "a personas que no son ingenieras.</p>"
        ),
    ],
    "levels": [
        nivel(
            "entry",
            "IT Specialist (APPSW) GS-7; Information Technology Associate; Programmer Analyst I",
            "Estado: IT Associate; Condado: Information Systems Analyst I; Ciudad: Programmer Analyst I",
            60_000,
            95_000,
            "Corrige errores bien definidos y crea funciones pequeñas, revisadas por personas con más experiencia.",
        ),
        nivel(
            "mid",
            "IT Specialist (APPSW) GS-9 a GS-11; IT Specialist I; Information Systems Analyst II",
            "Estado: IT Specialist I; Condado: Information Systems Analyst II; Ciudad: Programmer Analyst II y III",
            80_000,
            125_000,
            "Se hace cargo de funciones completas, desde la solicitud hasta producción.",
        ),
        nivel(
            "senior",
            "IT Specialist (APPSW) GS-12 a GS-13; IT Specialist II; Senior Information Systems Analyst",
            "Estado: IT Specialist II; Condado: Senior Information Systems Analyst; Ciudad: Senior Systems Analyst I",
            105_000,
            160_000,
            "Diseña sistemas, toma decisiones técnicas y orienta a otras personas.",
        ),
        nivel(
            "lead",
            "Supervisory IT Specialist GS-14; IT Specialist III; Principal Information Systems Analyst",
            "Estado: IT Specialist III, IT Supervisor II; Condado: Principal Information Systems Analyst; Ciudad: Senior Systems Analyst II",
            140_000,
            195_000,
            "Marca la dirección técnica de varios equipos o supervisa a ingenieros.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Un lenguaje de programación actual",
            "Java, C#, Python o JavaScript/TypeScript son los más comunes en el código del gobierno.",
            True,
        ),
        skill(
            "skill",
            "Bases de datos relacionales y SQL",
            "Casi todos los sistemas públicos guardan sus datos en SQL Server, Oracle o PostgreSQL.",
            True,
        ),
        skill(
            "skill",
            "Pruebas y control de versiones",
            "En los equipos actuales se espera saber usar Git, pruebas automatizadas y revisión de código.",
            True,
        ),
        skill(
            "skill",
            "Accesibilidad web",
            "Los servicios públicos deben cumplir WCAG y la Sección 508; saber probar con un lector de pantalla lo distingue.",
            False,
        ),
        skill(
            "skill",
            "Sistemas heredados",
            "Leer COBOL, procesos por lotes de mainframe o código .NET antiguo es valioso y poco común.",
            False,
        ),
        skill(
            "credential",
            "Un título o experiencia equivalente",
            "La mayoría de las clases aceptan años de experiencia en lugar de un título.",
            False,
        ),
        skill(
            "credential",
            "Certificaciones de la nube",
            "Los certificados de nivel asociado de AWS, Azure o Google Cloud ayudan en equipos que trabajan en la nube.",
            False,
        ),
    ],
    "pay_notes": "<p>El sueldo federal sigue el General Schedule con un ajuste por costo de "
    "vida para la zona de Los Ángeles y sube por escalones dentro de cada grado. Los empleos "
    "del estado, del condado y de la ciudad tienen un rango salarial con aumentos anuales, una "
    "pensión de beneficio definido (CalPERS o LACERA para la mayoría de los empleadores de la "
    "región) y buenos seguros médicos. Las organizaciones de tecnología cívica suelen pagar en "
    "lo alto de los rangos públicos, pero con menos beneficios de jubilación. Los rangos de "
    "esta guía son aproximados; el anuncio siempre tiene la última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Busque en USAJOBS las pasantías federales <b>Pathways</b> y el programa para recién graduados, los puestos de estudiante y de pasante del Condado, y becas como las de Code for America y el U.S. Digital Corps. Unos cuantos proyectos pequeños y terminados valen más que una lista larga de cursos.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Empiece donde el trabajo se cruza con lo que usted ya sabe. Una trabajadora social que aprende Python es una candidata fuerte para un equipo de sistemas de beneficios. Presente pronto el examen estatal de IT Associate: es en línea y lo pone en una lista mientras sigue aprendiendo.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p>La Oficina de Datos e Innovación del Estado, los departamentos del Condado y las organizaciones de tecnología cívica buscan a ingenieros que vienen del U.S. Digital Service, de 18F y de los equipos digitales de las agencias.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes vienen de la industria suelen calificar en el nivel sénior. La contratación es más lenta, pero los equipos son estables y los usuarios son reales. Hable de la escala y la confiabilidad que logró, y prepárese para explicar cómo trabaja con el personal de los programas, que no es técnico.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque la serie 2210 con \u201cAPPSW\u201d o \u201cINET\u201d, y la 1550 para puestos de Computer Scientist. La contratación federal está limitada desde 2025: revise en cada anuncio quién puede postularse (\u201cwho may apply\u201d).",
        state="Si tiene algunos años de experiencia, presente el examen de IT Specialist I; los empleos de software se publican bajo las clases de TI con \u201capplication development\u201d entre las funciones.",
        county="Busque Information Systems Analyst y Senior Information Systems Analyst; los departamentos de Servicios Internos, Servicios de Salud y Servicios Sociales Públicos son los que más contratan.",
        city="La Agencia de Tecnologías de la Información (ITA) y departamentos como Construcción y Seguridad contratan Programmer Analysts y Systems Analysts.",
        nonprofit="Code for America, U.S. Digital Response y empresas como CivicActions y Nava publican puestos de ingeniería en Greenhouse y Lever.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Muestre trabajo de interés público",
                "text": "<p>Comparta un proyecto que ayude a la gente: un proyecto voluntario con Hack for LA, una herramienta para un grupo comunitario o una mejora de accesibilidad que aportó a un proyecto de código abierto.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "CS50: introducción a la informática",
            "https://cs50.harvard.edu/x/",
            "Universidad de Harvard (en inglés)",
            "course",
            "free",
            "Una introducción rigurosa a la programación, a su propio ritmo.",
        ),
        resource(
            "freeCodeCamp en español",
            "https://www.freecodecamp.org/espanol/",
            "freeCodeCamp",
            "course",
            "free",
            "Certificaciones de desarrollo web con proyectos, en español.",
        ),
        resource(
            "Hack for LA",
            "https://www.hackforla.org/",
            "Hack for LA",
            "community",
            "free",
            "Proyectos voluntarios de tecnología cívica en Los Ángeles: un buen primer portafolio.",
        ),
        resource(
            "U.S. Digital Corps",
            "https://digitalcorps.gsa.gov/",
            "GSA",
            "program",
            "free",
            "Beca federal de dos años para tecnólogos que empiezan su carrera (confirme si está reclutando).",
        ),
    ],
    "stories": [
        story(
            "Maribel",
            "Senior Information Systems Analyst en un departamento del Condado",
            "Trabajadora de elegibilidad",
            "<p>Aprendí SQL para contestar mis propias preguntas sobre nuestros casos. Una supervisora se dio cuenta, presenté el examen de analista y ahora construyo las herramientas que mi antigua unidad usa todos los días.</p>",
        ),
    ],
    "sources": [
        source(
            "Clasificación y requisitos de la serie 2210 (IT Management)",
            "https://www.opm.gov/policy-data-oversight/classification-qualifications/",
            "Oficina de Administración de Personal de EE. UU. (OPM), en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
