"""Guía de demostración: arquitectura tecnológica en el servicio público."""

from cms.demo_guides import architecture as english
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
    "title": "Arquitectura tecnológica en el servicio público",
    "summary": "Quienes hacen arquitectura deciden cómo encajan los sistemas, los datos y los "
    "servicios en la nube de una agencia, para que lo que se construye hoy siga funcionando, "
    "con seguridad, dentro de diez años.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "serie 2210",
            "state": "una sola serie de TI con seis campos: los puestos de arquitectura lo dicen "
            "en sus funciones",
            "county": "forma parte de la Junta de Inversiones en TI del Condado; no encontramos "
            "una clase de arquitectura del Condado por debajo de este puesto",
            "city": "Database Architect: de $121,813 a $178,085 (convocatoria revisada en "
            "septiembre de 2025)",
            "nonprofit": "tecnología cívica y empresas de beneficio público",
        },
    ),
    "the_work": [
        para(
            "<p>Los sistemas del gobierno duran mucho: un sistema de beneficios o de impuestos "
            "puede funcionar durante décadas, y el Condado de Los Ángeles tiene más de 35 "
            "departamentos, cada uno con su propia tecnología. La arquitectura es el oficio de "
            "no perder de vista el conjunto. Decide en qué plataforma de nube corre un servicio "
            "nuevo, cómo comparte datos un sistema de casos con uno de pagos, qué estándares "
            "debe seguir cada proyecto y cómo se puede retirar un mainframe viejo sin que nadie "
            "deje de recibir su pago.</p>"
            "<p>En el gobierno federal esto se llama Enterprise Architecture (ENTARCH): "
            "diseñar, documentar y administrar el marco que une la tecnología con la misión. "
            "El Condado trabaja con un modelo federado, en el que cada departamento maneja su "
            "tecnología dentro de estándares comunes, y su Chief Enterprise Architect forma "
            "parte de la junta que decide qué proyectos tecnológicos financia el Condado.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Un puesto sénior al que se llega por varios caminos",
                "text": "<p>Casi nadie empieza en arquitectura. La mayoría llega desde la "
                "ingeniería de software, la infraestructura, los datos o la seguridad, después "
                "de años de construir y operar sistemas. Por eso esta guía empieza a media "
                "escalera.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Empieza el día revisando el diseño que un equipo propone para un sistema nuevo "
            "de permisos: ¿usará el servicio de identidad del Condado?, ¿dónde vivirán los "
            "datos?, ¿cómo se respaldarán? Luego se reúne con un proveedor que ofrece un "
            "producto y le hace las preguntas de las que dependerá el contrato. Por la tarde "
            "actualiza el estándar para conectar sistemas por medio de API y presenta al comité "
            "de gobierno de TI del departamento un plan para retirar una base de datos antigua. "
            "Escribir con claridad, y saber decir que no con amabilidad y con una mejor opción, "
            "importa tanto como el conocimiento técnico.</p>"
        ),
    ],
    "levels": [
        nivel(
            "mid",
            "IT Specialist (PLCYPLN/ENTARCH) GS-11; Information Technology Specialist I",
            "Estado: IT Specialist I; Ciudad: Systems Analyst",
            71_957,
            113_185,
            "Documenta sistemas y estándares, revisa planes de proyectos contra ellos y diseña "
            "partes de sistemas más grandes con la guía de un arquitecto.",
        ),
        nivel(
            "senior",
            "IT Specialist (ENTARCH) GS-12 a GS-13; Information Technology Specialist II; "
            "Solutions Architect",
            "Estado: IT Specialist II; Ciudad: Senior Systems Analyst I",
            104_349,
            161_313,
            "Diseña sistemas completos y sus integraciones, elige plataformas para un programa "
            "y escribe la parte técnica de las compras.",
        ),
        nivel(
            "lead",
            "IT Specialist (Enterprise Architecture) GS-14; Information Technology Specialist "
            "III; Database Architect",
            "Estado: IT Specialist III, IT Manager I; Ciudad: Database Architect (1470), Senior "
            "Systems Analyst II",
            146_632,
            197_200,
            "Fija la política y los estándares de arquitectura de una agencia, asesora al CIO "
            "y revisa cada proyecto grande.",
        ),
        nivel(
            "executive",
            "Chief Enterprise Architect; Chief Technology Officer",
            "Condado: Chief Enterprise Architect",
            151_661,
            228_000,
            "Responde por la dirección tecnológica de todo un gobierno y decide, junto con "
            "otros directivos, en qué se invierte.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Diseño e integración de sistemas",
            "API, identidad, mensajería y cómo se mueven los datos con seguridad entre "
            "sistemas que nunca se pensaron para hablar entre sí.",
            True,
        ),
        skill(
            "skill",
            "Plataformas de nube",
            "Muchos sistemas públicos nuevos corren en AWS, Azure o Google Cloud, a "
            "menudo junto al centro de datos propio de la agencia.",
            True,
        ),
        skill(
            "skill",
            "Seguridad y privacidad desde el diseño",
            "La arquitectura responde por cómo los sistemas protegen los datos de los "
            "residentes, de la mano de los oficiales de seguridad.",
            True,
        ),
        skill(
            "skill",
            "Escribir y explicar",
            "Estándares, registros de decisiones y explicaciones sencillas para directivos y "
            "para el personal de los programas, que no es técnico.",
            True,
        ),
        skill(
            "skill",
            "Arquitectura de datos",
            "Modelos de datos, gobierno de datos y acuerdos para compartirlos; la clase "
            "Database Architect de la Ciudad gira en torno a esto.",
            False,
        ),
        skill(
            "skill",
            "Sistemas heredados",
            "Entender mainframes y bases de datos antiguas lo bastante para planear su retiro "
            "sin riesgos.",
            False,
        ),
        skill(
            "credential",
            "Certificación de arquitectura de nube o TOGAF",
            "Un certificado de arquitectura de un proveedor de nube o TOGAF ayuda; los años "
            "construyendo y operando sistemas pesan más.",
            False,
        ),
    ],
    "pay_notes": "<p>El rango de cada nivel es el General Schedule federal de 2026 en Los "
    "Ángeles para los grados de ese nivel, del escalón 1 al 10 (las tarifas base de la OPM con "
    "el ajuste de 36.47% de Los Ángeles); el nivel directivo usa el rango de 2026 del Senior "
    "Executive Service, que no tiene ajuste por localidad. Los anuncios completan el "
    "panorama: un puesto GS-14 de IT Specialist (Enterprise Architecture) en el Servicio de "
    "Inocuidad e Inspección de Alimentos pagaba de $130,041 a $180,504 según el lugar de "
    "trabajo (septiembre de 2025); un IT Specialist II del Estado pagaba de $8,625 a $11,557 "
    "al mes (2026); el Database Architect de la Ciudad de Los Ángeles paga de $121,813 a "
    "$178,085 (convocatoria revisada en septiembre de 2025). El anuncio siempre tiene la "
    "última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>La arquitectura no es un primer empleo, pero el camino empieza pronto: tome un "
            "puesto de ingeniería o de infraestructura, ofrézcase a escribir los documentos de "
            "diseño y aprenda bien una plataforma de nube. El examen estatal de IT Associate es "
            "en línea y está abierto todo el año.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Los candidatos habituales son ingenieros con experiencia, administradores de "
            "redes y de bases de datos y analistas de seguridad. Muestre que diseñó algo más "
            "allá de su propia pieza: una migración, una integración, un estándar que otros "
            "siguieron.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL + "<p>La experiencia federal en ENTARCH y en PLCYPLN (política y "
            "planeación) "
            "encaja bien con los IT Specialist II y III del Estado y con las clases sénior de "
            "TI del Condado y de la Ciudad. Traduzca los marcos federales a palabras sencillas: "
            "en lugar de nombrar el marco, diga qué decidió, para cuántos sistemas y cuánto "
            "ahorró.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes vienen de la industria suelen calificar en el nivel de liderazgo. "
            "Espere más gobierno de TI, cambios más lentos y sistemas más viejos; la "
            "recompensa es la escala, porque una buena decisión puede servir a millones de "
            "residentes.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque la serie 2210 con \u201cENTARCH\u201d o \u201centerprise "
        "architecture\u201d. Algunas agencias llenan estos puestos con contratación directa "
        "(Direct Hire Authority), y algunos anuncios cierran al llegar a cierto número de "
        "solicitudes.",
        state="Los puestos de arquitectura se publican como IT Specialist II y III, con "
        "\u201csolution architecture\u201d o \u201centerprise architecture\u201d entre las "
        "funciones; presente el examen de IT Specialist que corresponda a su experiencia.",
        county="No encontramos una clase de arquitectura del Condado por debajo del Chief "
        "Enterprise Architect: busque funciones de arquitectura en los anuncios sénior de TI. El "
        "gobierno de TI del Condado, encabezado por su Chief Information Officer, fija los "
        "estándares comunes que siguen los departamentos.",
        city="Los departamentos de la Ciudad, entre ellos el Departamento de Agua y Energía "
        "(LADWP), contratan Database Architects; la División de TI de la Policía (LAPD) incluye "
        "Senior Systems Analysts entre sus clases.",
        nonprofit="Las empresas y organizaciones de tecnología cívica publican puestos de "
        "arquitectura y de ingeniería principal en sus propios portales, con el rango de sueldo "
        "en el anuncio.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Lleve un diseño, explicado con sencillez",
                "text": "<p>Elija un sistema que diseñó y prepárese para explicarlo en una "
                "página: el problema, las opciones que comparó, lo que eligió y lo que haría "
                "distinto. En los paneles de entrevista suele haber gerentes que no son "
                "técnicos.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "AWS Well-Architected Framework",
            "https://aws.amazon.com/es/architecture/well-architected/",
            "Amazon Web Services",
            "reading",
            "free",
            "Los pilares con los que se diseña en la nube: seguridad, confiabilidad, costo y más.",
        ),
        resource(
            "Centro de arquitectura de Azure",
            "https://learn.microsoft.com/es-es/azure/architecture/",
            "Microsoft",
            "reading",
            "free",
            "Arquitecturas de referencia y patrones de diseño, con páginas en español.",
        ),
        resource(
            "Estándar TOGAF",
            "https://www.opengroup.org/togaf",
            "Open Group, en inglés",
            "certification",
            "paid",
            "El marco de arquitectura empresarial más usado y su certificación.",
        ),
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service, en inglés",
            "reading",
            "free",
            "Cómo eligen y operan sus sistemas los equipos modernos de tecnología del gobierno.",
        ),
    ],
    "stories": [],
    "sources": [
        source(
            "Serie 2210 (IT Management): especialidades, incluida Enterprise Architecture",
            english.HRU_2210,
            "HRU (Human Resources University), en inglés",
        ),
        source(
            "IT Specialist (Enterprise Architecture), GS-14 (2025)",
            english.FSIS_ENTARCH,
            "USAJOBS, Departamento de Agricultura de EE. UU., en inglés",
        ),
        source(
            "IT Specialist (PLCYPLN/ENTARCH), GS-11 (2025), copia publicada",
            english.ANG_PLCYPLN_ENTARCH,
            "Guardia Nacional Aérea, en inglés",
        ),
        source(
            "Las clasificaciones de Tecnologías de la Información del Estado",
            english.STATE_IT_SERIES,
            "CalHR, en inglés",
        ),
        source(
            "Information Technology Specialist II, Oficina del Contralor del Estado (2026), "
            "copia publicada",
            english.STATE_ITS_II,
            "Estado de California, en inglés",
        ),
        source(
            "Marco de gobierno de tecnologías de la información",
            english.COUNTY_IT_GOVERNANCE,
            "Oficina Ejecutiva del Condado de Los Ángeles, en inglés",
        ),
        source(
            "Database Architect (clase 1470): las especificaciones de clases de la Ciudad",
            english.CITY_DATABASE_ARCHITECT,
            "Departamento de Personal de la Ciudad de Los Ángeles, en inglés",
        ),
        source(
            "Clases de sistemas y sus descripciones",
            english.CITY_LAPD_CLASSES,
            "Departamento de Policía de Los Ángeles, en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
