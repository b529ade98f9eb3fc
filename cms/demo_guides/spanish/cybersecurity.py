"""Guía de demostración: ciberseguridad y privacidad en el servicio público."""

from cms.demo_guides import cybersecurity as english
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
    "title": "Ciberseguridad en el servicio público",
    "summary": "Los equipos de ciberseguridad y privacidad protegen los sistemas públicos y los "
    "datos personales de los residentes frente a ataques, errores y abusos.",
    "names": nombres(english.GUIDE["names"], {"federal": "serie 2210"}),
    "the_work": [
        para(
            "<p>Las ciudades, los condados y las agencias del Estado son blancos frecuentes de "
            "ataques de secuestro de datos (ransomware) y de fraude, y guardan expedientes de "
            "salud, impuestos, beneficios y menores de edad. El personal de seguridad vigila los "
            "ataques desde un centro de operaciones de seguridad (SOC), corrige las debilidades "
            "antes de que alguien las aproveche, revisa que los proveedores protejan los datos, "
            "responde cuando algo sale mal y enseña a cada empleado a reconocer los correos "
            "fraudulentos. Quienes se encargan de la privacidad cuidan que los datos se reúnan "
            "y se compartan solo como lo permite la ley.</p><p>Este trabajo también sostiene "
            "la confianza: para muchas familias, saber que sus datos están protegidos es parte "
            "de lo que necesitan para pedir la ayuda a la que tienen derecho.</p>"
        ),
    ],
    "day_in_the_work": [
        para(
            "<p>El día de una analista puede empezar con las alertas de la noche: un inicio de "
            "sesión sospechoso desde otro país, una computadora portátil con programas "
            "desactualizados. Investiga, contiene lo que es real y cierra lo que no lo es. Más "
            "tarde revisa el cuestionario de seguridad de un proveedor para un nuevo sistema de "
            "beneficios y se reúne con el equipo de redes para hablar de actualizaciones. "
            "Algunas semanas hay un simulacro en el que todo el departamento practica cómo "
            "responder a un incidente.</p>"
        ),
    ],
    "levels": [
        nivel(
            "entry",
            "IT Specialist (INFOSEC) GS-7; SOC Analyst I; Information Security Analyst I",
            "Estado: IT Associate (seguridad); Condado: Information Security Analyst",
            65_000,
            95_000,
            "Clasifica alertas y sigue los protocolos de respuesta.",
        ),
        nivel(
            "mid",
            "IT Specialist (INFOSEC) GS-9 a GS-11; ISSO; IT Specialist I",
            "Estado: IT Specialist I; Condado: Departmental Information Security Officer I",
            85_000,
            125_000,
            "Investiga incidentes y realiza evaluaciones de seguridad.",
        ),
        nivel(
            "senior",
            "IT Specialist (INFOSEC) GS-12 a GS-13; ISSM; IT Specialist II",
            "Estado: IT Specialist II; Condado: Departmental Information Security Officer II",
            110_000,
            160_000,
            "Diseña controles, dirige la respuesta a incidentes y asesora a la dirección.",
        ),
        nivel(
            "lead",
            "Supervisory IT Specialist (INFOSEC) GS-14 a GS-15; IT Specialist III; Security Manager",
            "Estado: IT Specialist III, IT Manager I; Condado: Information Security Manager",
            145_000,
            195_000,
            "Dirige un programa o un equipo de seguridad.",
        ),
        nivel(
            "executive",
            "Chief Information Security Officer; Deputy CISO",
            "Estado: Agency Information Security Officer; Condado y Ciudad: CISO",
            180_000,
            260_000,
            "Define la estrategia de seguridad de una agencia o de todo un gobierno.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Redes y sistemas operativos",
            "No se puede defender lo que no se entiende: TCP/IP, Windows y Linux.",
            True,
        ),
        skill(
            "skill",
            "Monitoreo de seguridad",
            "Leer registros y alertas en un SIEM como Splunk o Microsoft Sentinel.",
            True,
        ),
        skill(
            "skill",
            "Marcos de riesgo y cumplimiento",
            "El NIST Cybersecurity Framework, NIST 800-53 y CJIS para las agencias públicas.",
            True,
        ),
        skill(
            "skill",
            "Escribir con claridad",
            "Los informes de incidentes y los memorandos de riesgo los leen líderes sin formación técnica.",
            False,
        ),
        skill(
            "credential",
            "CompTIA Security+",
            "Cumple el requisito básico de muchos puestos federales de seguridad según la norma DoD 8140 y otras parecidas.",
            True,
        ),
        skill(
            "credential",
            "ISC2 Certified in Cybersecurity, CISSP, CISM",
            "Certificados del nivel inicial al avanzado; el CISSP pide cinco años de experiencia.",
            False,
        ),
        skill(
            "credential",
            "Verificación de antecedentes o autorización de seguridad",
            "Casi todos los puestos de seguridad piden una; tener una autorización federal (clearance) es una ventaja.",
            False,
        ),
    ],
    "pay_notes": "<p>Los puestos de seguridad pagan en lo alto de los rangos públicos de TI, y "
    "algunos empleadores añaden un pago especial al personal certificado. Los empleos federales "
    "de seguridad pueden venir con una autorización de seguridad que conserva su valor en "
    "empleos posteriores. Los rangos de esta guía son aproximados; el anuncio siempre tiene la "
    "última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Únase a un equipo de competencias de captura de bandera (CTF) o a la National Cyber League, obtenga el ISC2 Certified in Cybersecurity (el examen se ha ofrecido gratis a estudiantes) y, si estudia seguridad, solicite la beca CyberCorps: Scholarship for Service.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Casi todo el personal de seguridad empezó en soporte técnico, redes o auditoría. Si viene del cumplimiento normativo, del derecho o de la auditoría, los puestos de gobierno de la seguridad y de privacidad valoran esa experiencia directamente. Obtenga el Security+ y practique en laboratorios gratuitos.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p>La experiencia federal en seguridad, y sobre todo una autorización de seguridad vigente, escasea en el Estado, el Condado y la Ciudad; diga con qué controles y sistemas trabajó (FISMA, paquetes de autorización ATO, monitoreo continuo).</p>",
        ),
        way_in(
            "experienced",
            "<p>Hay demanda de ingenieros de seguridad y de especialistas en respuesta a incidentes que vienen de la industria. Los empleadores públicos valoran la calma para dirigir un incidente y la experiencia de trabajo con proveedores y auditores.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque la serie 2210 con \u201cINFOSEC\u201d. Muchos puestos piden el Security+ (u otro parecido) en los primeros seis meses, y una investigación de antecedentes o una autorización de seguridad.",
        state="Los puestos de seguridad se publican bajo las clases de TI, con el campo de seguridad de la información entre las funciones; el Centro de Integración de Ciberseguridad de California (Cal-CSIC) y el Departamento de Tecnología son los que más contratan.",
        county="El Condado publica los exámenes de Departmental Information Security Officer y de analista; el Departamento de Servicios Internos lleva las operaciones centrales de seguridad.",
        city="El equipo de ciberseguridad de la Agencia de Tecnologías de la Información (ITA), el Puerto y los Aeropuertos contratan analistas de seguridad.",
        nonprofit="Las empresas de tecnología cívica contratan ingenieros de seguridad para construir sistemas que cumplan las normas de sus clientes del gobierno.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Muestre cómo piensa",
                "text": "<p>Describa de principio a fin un incidente o una vulnerabilidad que atendió: qué notó, qué hizo primero y por qué, y qué cambió después.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "ISC2 Certified in Cybersecurity",
            "https://www.isc2.org/certifications/cc",
            "ISC2 (en inglés)",
            "certification",
            "low",
            "Un certificado de nivel inicial; ISC2 ha ofrecido la capacitación y el examen sin costo.",
        ),
        resource(
            "CompTIA Security+",
            "https://www.comptia.org/certifications/security",
            "CompTIA",
            "certification",
            "paid",
            "El certificado básico que piden muchos puestos públicos de seguridad.",
        ),
        resource(
            "Capacitación de CISA",
            "https://www.cisa.gov/resources-tools/training",
            "Agencia de Ciberseguridad y Seguridad de Infraestructura (CISA), en inglés",
            "course",
            "free",
            "Cursos federales de ciberseguridad sin costo.",
        ),
        resource(
            "Marco NICE para la fuerza laboral",
            "https://niccs.cisa.gov/workforce-development/nice-framework",
            "NIST y CISA, en inglés",
            "reading",
            "free",
            "Nombra y describe cada función de trabajo en ciberseguridad.",
        ),
        resource(
            "CyberCorps: Scholarship for Service",
            "https://www.sfs.opm.gov/",
            "OPM y NSF",
            "program",
            "free",
            "Becas de estudio a cambio de trabajar en el servicio público.",
        ),
    ],
    "stories": [
        story(
            "Andre",
            "Information Security Analyst en una agencia regional",
            "Técnico de redes en el Ejército",
            "<p>Mi autorización de seguridad y el Security+ me consiguieron las entrevistas; explicar cómo manejé una caída real del sistema me consiguió el puesto.</p>",
        ),
    ],
    "sources": [
        source(
            "Marco NICE para la fuerza laboral en ciberseguridad",
            "https://niccs.cisa.gov/workforce-development/nice-framework",
            "NIST y CISA, en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
