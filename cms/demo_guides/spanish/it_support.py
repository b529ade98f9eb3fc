"""Guía de demostración: soporte de TI en el servicio público."""

from cms.demo_guides import it_support as english
from cms.demo_guides.helpers import para, resource, skill, story, way_in
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
    "title": "Soporte de TI en el servicio público",
    "summary": "El personal de soporte de TI mantiene funcionando las computadoras, los "
    "teléfonos y las cuentas de los trabajadores públicos, para que bibliotecas, clínicas, "
    "estaciones de bomberos y oficinas atiendan a la gente todos los días.",
    "names": nombres(english.GUIDE["names"], {}),
    "the_work": [
        para(
            "<p>Todo servicio público depende de computadoras que funcionen. El personal de "
            "soporte prepara las computadoras portátiles de las nuevas trabajadoras sociales, "
            "arregla la impresora de una biblioteca antes de que abra, restablece contraseñas, "
            "cambia la tableta rota de una ambulancia y ayuda a un empleado cuyo lector de "
            "pantalla dejó de funcionar. Es el primer empleo más común en la tecnología del "
            "gobierno y una escalera probada hacia los sistemas, las redes y la seguridad.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Una puerta abierta",
                "text": "<p>Las clases iniciales de soporte muchas veces no piden título universitario: un certificado como CompTIA A+ o un año de trabajo en una mesa de ayuda suele bastar para calificar.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Empieza revisando la cola de solicitudes (tickets) y luego maneja hasta una "
            "oficina de campo para instalar el sistema en cinco computadoras portátiles. Entre "
            "visita y visita contesta llamadas de personal que no puede iniciar sesión. Por la "
            "tarde documenta una solución para que el próximo técnico pueda seguirla, y ayuda a "
            "planear la mudanza del equipo de una clínica. La paciencia y las explicaciones "
            "claras importan tanto como el conocimiento técnico.</p>"
        ),
    ],
    "levels": [
        nivel(
            "intern",
            "IT Student Worker; Pathways IT Intern",
            "Condado: Student Worker; Ciudad: Student Worker",
            40_000,
            55_000,
            "Ayuda con instalaciones y solicitudes comunes mientras aprende.",
        ),
        nivel(
            "entry",
            "IT Specialist (CUSTSPT) GS-5 a GS-7; IT Technical Support Assistant; Information Systems Technician",
            "Estado: IT Associate; Condado: IT Technical Support Assistant; Ciudad: Information Systems Technician",
            50_000,
            80_000,
            "Resuelve solicitudes, prepara equipos y sigue los procedimientos escritos.",
        ),
        nivel(
            "mid",
            "IT Specialist (CUSTSPT) GS-9 a GS-11; IT Technical Support Analyst I; IT Specialist I",
            "Estado: IT Specialist I; Condado: IT Technical Support Analyst I",
            70_000,
            105_000,
            "Atiende los casos escalados, administra muchos equipos a la vez y escribe procedimientos.",
        ),
        nivel(
            "senior",
            "IT Specialist GS-12; IT Technical Support Analyst II; Senior Systems Administrator",
            "Estado: IT Specialist II; Condado: IT Technical Support Analyst II",
            95_000,
            130_000,
            "Dirige un turno de la mesa de ayuda o una región y mejora el servicio.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Soporte de Windows y Microsoft 365",
            "Casi todos los empleadores públicos usan Windows, Active Directory o Entra ID, y Microsoft 365.",
            True,
        ),
        skill(
            "skill",
            "Atención al público",
            "Explicaciones tranquilas y sencillas para personas bajo presión.",
            True,
        ),
        skill(
            "skill",
            "Sistemas de solicitudes (tickets)",
            "ServiceNow y herramientas parecidas; escribir notas claras en cada caso.",
            True,
        ),
        skill(
            "skill",
            "Redes básicas",
            "Los problemas de wifi, de VPN y de impresoras son el trabajo de cada día.",
            False,
        ),
        skill(
            "skill",
            "Licencia de manejo",
            "El soporte en campo suele implicar manejar de un sitio a otro.",
            False,
        ),
        skill("credential", "CompTIA A+", "El certificado inicial más pedido.", False),
        skill(
            "credential",
            "CompTIA Network+ o Security+",
            "Ayudan a subir al siguiente nivel; muchos puestos federales de TI exigen el Security+.",
            False,
        ),
    ],
    "pay_notes": "<p>Las clases de soporte empiezan más abajo que otros puestos de TI, pero "
    "suben de forma constante con los escalones, y las horas extra pueden sumar. Muchos "
    "empleadores pagan un bono por hablar un segundo idioma, como el español. Los rangos de "
    "esta guía son aproximados; el anuncio siempre tiene la última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Los empleos de estudiante y la ayuda técnica en bibliotecas cuentan como experiencia. Obtenga el CompTIA A+ antes de graduarse y presente el examen estatal de IT Associate.</p>",
        ),
        way_in(
            "career-changers",
            "<p>El comercio, la hostelería y los centros de llamadas desarrollan justo la atención al público que más pide este trabajo. Súmele el A+ y un laboratorio en casa (una computadora vieja que instala, descompone y arregla) y será una candidatura fuerte.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p>Quienes dieron soporte de TI en el gobierno federal con una autorización de seguridad o el Security+ están bien ubicados para las clases de analista de soporte del Condado y de la Ciudad, y para pasar a puestos de seguridad.</p>",
        ),
        way_in(
            "experienced",
            "<p>Si ya dirige una mesa de ayuda, mire las clases sénior y de supervisión, donde a los empleadores públicos les cuesta contratar.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque la serie 2210 con \u201cCUSTSPT\u201d. Muchos empleos federales de TI piden el Security+ en los primeros seis meses.",
        state="El examen de IT Associate es la puerta habitual; los puestos de atención a usuarios se publican bajo IT Associate e IT Specialist I.",
        county="Busque los exámenes de IT Technical Support Assistant y de Analyst; el Condado los publica varias veces al año.",
        city="Muchos departamentos de la Ciudad publican puestos de Information Systems Technician; el programa Targeted Local Hire puede llevar a algunas clases de soporte.",
        nonprofit="Las organizaciones sin fines de lucro grandes y los distritos escolares contratan técnicos de soporte todo el año.",
    ),
    "tips": [*CONSEJOS_COMUNES],
    "resources": [
        resource(
            "Certificado de Soporte de TI de Google",
            "https://grow.google/certificates/it-support/",
            "Google (en Coursera)",
            "certification",
            "paid",
            "Un programa para principiantes que prepara para el trabajo en una mesa de ayuda.",
        ),
        resource(
            "CompTIA A+",
            "https://www.comptia.org/certifications/a",
            "CompTIA",
            "certification",
            "paid",
            "El certificado inicial estándar para los empleos de soporte.",
        ),
        resource(
            "Cursos gratuitos de Professor Messer",
            "https://www.professormesser.com/",
            "Professor Messer (en inglés)",
            "course",
            "free",
            "Cursos en video, sin costo, para A+, Network+ y Security+.",
        ),
        resource(
            "Biblioteca Pública de Los Ángeles: aprendizaje en línea",
            "https://www.lapl.org/",
            "Biblioteca Pública de Los Ángeles",
            "course",
            "free",
            "Cursos gratuitos con la tarjeta de la biblioteca.",
        ),
    ],
    "stories": [
        story(
            "Tanya",
            "IT Technical Support Analyst I en un departamento del Condado",
            "Asistente de biblioteca",
            "<p>Yo era a quien todos le pedían arreglar la impresora. El certificado A+ y el examen del Condado convirtieron eso en una carrera, y ahora formo a los técnicos nuevos.</p>",
        ),
    ],
    "sources": [*FUENTES_COMUNES],
}
