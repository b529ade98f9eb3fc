"""Guía de demostración: política tecnológica y compras de tecnología en el servicio público."""

from cms.demo_guides import policy_acquisition as english
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
    "title": "Política tecnológica y compras de tecnología en el servicio público",
    "summary": "Quienes trabajan en política, gobierno de TI y compras deciden qué tecnología "
    "adquiere el gobierno, redactan los contratos y fijan las reglas que mantienen los "
    "proyectos en orden y con justicia.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "serie 1102 para contratación, 2210 para política y planeación de TI",
            "state": "el campo de Business Technology Management de las clases de TI incluye la "
            "política de TI, la gestión del portafolio y las compras",
            "county": "no encontramos una sola clase del Condado para este trabajo: lea las "
            "funciones",
            "city": "Long Beach: de $38.488 a $52.317 por hora en el grado I (convocatoria de "
            "2026)",
            "nonprofit": "los títulos varían; el rango de sueldo aparece en cada anuncio",
        },
    ),
    "the_work": [
        para(
            "<p>Buena parte de la tecnología del sector público se compra, no se construye, así que "
            "quienes planean, compran y supervisan esas compras deciden buena parte de lo que "
            "vive el público. El personal de compras averigua qué necesita un programa, estudia "
            "el mercado, redacta la descripción del trabajo (statement of work), organiza una "
            "competencia justa y después administra el contrato para que el proveedor cumpla "
            "lo prometido. El personal de política y de gobierno de TI escribe las reglas de "
            "todo esto: qué proyectos reciben fondos, qué estándares debe cumplir cada sistema "
            "y cómo se informan los riesgos.</p>"
            "<p>En el Condado de Los Ángeles, quien dirige el Departamento de Servicios "
            "Internos (ISD) es el agente de compras del Condado, cada departamento tiene su "
            "propia unidad de compras y una Junta de Inversiones en TI, presidida por el Chief "
            "Information Officer del Condado, decide qué proyectos pagan sus fondos de "
            "tecnología. En el Estado, el Departamento de Servicios Generales (DGS) fija las "
            "reglas de compra y el Departamento de Tecnología (CDT) supervisa los grandes "
            "proyectos y compras de TI.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Aquí cuenta saber de tecnología",
                "text": "<p>Para comprar bien tecnología hace falta entenderla. Una ingeniera o "
                "un gerente de producto que aprende las reglas de contratación, o un oficial de "
                "contratos que aprende cómo se hace el software hoy, es escaso y muy "
                "buscado.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Pasa la mañana con el equipo de un programa convirtiendo su lista de deseos en "
            "una descripción del trabajo que hable de resultados y no de una lista fija de "
            "funciones, para que los proveedores puedan proponer entregas modernas, por etapas. "
            "A mediodía responde las preguntas de los proveedores sobre una convocatoria "
            "abierta, por escrito y a todos a la vez, porque la ley exige un trato igual. Por la "
            "tarde revisa el informe mensual de un proveedor contra el contrato y escribe un "
            "borrador de política sobre cómo deben comprar servicios de nube los departamentos. "
            "Leer con cuidado, escribir con claridad y negociar con calma son las herramientas "
            "de todos los días.</p>"
        ),
    ],
    "levels": [
        nivel(
            "entry",
            "Contract Specialist GS-5 a GS-7; Information Technology Associate; Management "
            "Assistant",
            "Estado: IT Associate; Ciudad: Management Assistant",
            47_490,
            76_476,
            "Prepara documentos de compra, revisa la documentación de los proveedores y lleva "
            "los expedientes de contratos, con revisión cercana.",
        ),
        nivel(
            "mid",
            "Contract Specialist GS-9 a GS-11; Information Technology Specialist I; "
            "Procurement Analyst",
            "Estado: IT Specialist I (Business Technology Management); Ciudad: Administrative "
            "Analyst (1590); Long Beach: Procurement Analyst I, II",
            71_957,
            113_185,
            "Lleva convocatorias por su cuenta, redacta descripciones del trabajo y administra "
            "contratos después de adjudicarlos.",
        ),
        nivel(
            "senior",
            "Contract Specialist o Contracting Officer GS-12 a GS-13; IT Specialist (PLCYPLN); "
            "Information Technology Specialist II",
            "Estado: IT Specialist II; Long Beach: Procurement Analyst III",
            104_349,
            161_313,
            "Dirige compras de TI grandes o complejas, firma contratos dentro de su "
            "autorización (warrant) y escribe la política de un departamento.",
        ),
        nivel(
            "lead",
            "Supervisory Contract Specialist; IT Specialist (PLCYPLN); Information Technology "
            "Specialist III",
            "Estado: IT Specialist III, IT Manager I",
            146_632,
            197_200,
            "Define la estrategia de compras y el gobierno de TI de una agencia y supervisa al "
            "personal de contratos o de política.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Reglas de compras públicas",
            "La Federal Acquisition Regulation, el State Contracting Manual o las reglas de "
            "compra del Condado y de la Ciudad, y cuándo se aplica cada una.",
            True,
        ),
        skill(
            "skill",
            "Redactar descripciones del trabajo",
            "Describir resultados y cómo se medirán, para que los proveedores propongan buenas "
            "soluciones.",
            True,
        ),
        skill(
            "skill",
            "Entender cómo se entrega la tecnología hoy",
            "Desarrollo ágil, servicios de nube y licencias de software, lo suficiente para "
            "comprarlos en partes pequeñas que se puedan probar.",
            True,
        ),
        skill(
            "skill",
            "Análisis y negociación",
            "Análisis de precios y costos, evaluación justa de propuestas y negociación de "
            "cambios.",
            True,
        ),
        skill(
            "skill",
            "Redacción de políticas",
            "Convertir leyes e instrucciones de la dirección en reglas claras que los "
            "departamentos puedan seguir.",
            False,
        ),
        skill(
            "credential",
            "Estudios para la contratación federal",
            "Hasta el grado GS-12, los puestos federales 1102 piden una licenciatura o 24 "
            "créditos semestrales en áreas como contabilidad, derecho, contratos o economía; "
            "para grados más altos, lea cada anuncio.",
            True,
        ),
        skill(
            "credential",
            "FAC-C (Digital Services) o el Basic Acquisition Certificate de CalPCA",
            "La capacitación federal en compras digitales (DITAP) y el certificado de la "
            "academia de compras del Estado muestran que sabe comprar tecnología.",
            False,
        ),
    ],
    "pay_notes": "<p>El rango de cada nivel es el General Schedule federal de 2026 en Los "
    "Ángeles para los grados de ese nivel, del escalón 1 al 10 (las tarifas base de la OPM con "
    "el ajuste de 36.47% de Los Ángeles). Cifras locales de los anuncios: el IT Specialist I "
    "del Estado paga de $6,139 a $8,228 al mes en el rango A, donde empieza quien entra al "
    "servicio estatal; el Procurement Analyst de la Ciudad de Long Beach paga de $38.488 a "
    "$52.317 por hora en el grado I y hasta $62.154 en el grado III (2026). No encontramos un "
    "rango publicado y vigente para las clases de compras del Condado ni de la Ciudad de Los "
    "Ángeles, así que no lo incluimos. El anuncio siempre tiene la última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Aquí encajan estudiantes de administración, políticas públicas y derecho, y "
            "también de ingeniería a quienes les gustan las reglas y la escritura. Las agencias "
            "federales tienen pasantías y programas de formación en compras; aquí, el examen "
            "estatal de IT Associate es en línea y está abierto todo el año, y la clase de "
            "Management Assistant es una puerta de entrada a las carreras de análisis de la "
            "Ciudad.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Compradores, asistentes legales, administradoras de subvenciones y "
            "coordinadores de proyectos ya hacen buena parte de este trabajo. Sume la "
            "tecnología: aprenda cómo se construye y se vende el software hoy (el TechFAR Hub de "
            "abajo es gratuito) y describa su experiencia con contratos, proveedores y plazos "
            "con las palabras del anuncio.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL + "<p>Los oficiales de contratos federales y el personal 2210 de "
            "política y planeación traen habilidades escasas. Su nivel de autorización "
            "(warrant), el tamaño y los tipos de contratos que administró y cualquier "
            "capacitación FAC-C o DITAP van en su solicitud. Las clases de IT Specialist del "
            "Estado incluyen las compras y la política de TI entre sus funciones, y los "
            "departamentos del Condado y las ciudades del condado también contratan personal de "
            "contratos.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes vendieron al gobierno desde la industria, o compraron tecnología para "
            "una empresa grande, suelen calificar en el nivel sénior. Espere reglas estrictas "
            "de imparcialidad y conflictos de interés, y prepárese para explicar cómo hizo que "
            "un proveedor cumpliera.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque la serie 1102 (Contract Specialist) y la 2210 con \u201cPLCYPLN\u201d "
        "(política y planeación). En los puestos 1102, suba sus certificados de estudios "
        "(transcripts) si califica por estudios.",
        state="Presente el examen de IT Associate o de IT Specialist I (en línea, abierto todo "
        "el año) y luego postúlese a vacantes de compras de TI, portafolio o política de TI, "
        "también en el Departamento de Tecnología.",
        county="Busque anuncios de contratos y compras en los departamentos que le interesen y "
        "en el Departamento de Servicios Internos, que compra para todo el Condado.",
        city="El grupo de Supervisión de Compras de la Ciudad (Citywide Procurement "
        "Oversight), en la Oficina del Administrador de la Ciudad, apoya a los coordinadores de "
        "contratos de los departamentos y llena sus plazas permanentes con el examen de "
        "Management Assistant. Long Beach tiene sus propios exámenes de Procurement Analyst.",
        nonprofit="Las organizaciones y empresas de tecnología cívica contratan personas "
        "expertas en compras y en política para ayudar a los gobiernos a comprar tecnología, a "
        "menudo en remoto.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Cuente lo que compró",
                "text": "<p>Dé cifras: cuántas convocatorias, el contrato de mayor valor, "
                "cuánto tardó cada una y qué cambió gracias a ellas. En este campo quienes "
                "revisan buscan escala y las reglas con las que usted trabajó.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "TechFAR Hub",
            "https://techfarhub.usds.gov/",
            "U.S. Digital Service, en inglés",
            "reading",
            "free",
            "Cómo comprar bien servicios digitales dentro de las reglas federales, con "
            "plantillas y ejemplos.",
        ),
        resource(
            "Capacitación DITAP (Digital IT Acquisition Professional)",
            english.DITAP,
            "U.S. Digital Service y la Oficina Federal de Política de Compras, en inglés",
            "program",
            "free",
            "Programa de seis meses para personal federal de compras; quienes tienen FAC-C "
            "obtienen la credencial en servicios digitales.",
        ),
        resource(
            "Basic Acquisition Certificate de CalPCA",
            english.CALPCA_BAC,
            "Departamento de Servicios Generales de California, en inglés",
            "course",
            "free",
            "Cinco cursos en línea sobre cómo compra el Estado bienes y servicios, de TI y "
            "de otro tipo.",
        ),
        resource(
            "State Contracting Manual",
            "https://www.dgs.ca.gov/PD/Resources/SCM",
            "Departamento de Servicios Generales de California, en inglés",
            "reading",
            "free",
            "Las reglas que siguen los departamentos de California cuando compran.",
        ),
    ],
    "stories": [],
    "sources": [
        source(
            "Contract Specialist, GS-1102: requisitos",
            english.USGS_1102,
            "Servicio Geológico de EE. UU. (USGS), en inglés",
        ),
        source(
            "Serie 2210 (IT Management): especialidades, incluida PLCYPLN (política y planeación)",
            english.HRU_2210,
            "HRU (Human Resources University), en inglés",
        ),
        source(
            "Capacitación DITAP",
            english.DITAP,
            "U.S. Digital Service, en inglés",
        ),
        source(
            "Las clasificaciones de Tecnologías de la Información del Estado",
            english.STATE_IT_SERIES,
            "CalHR, en inglés",
        ),
        source(
            "Convocatoria de examen: Information Technology Specialist I (EX-1750)",
            english.EX_1750,
            "CalCareers, en inglés",
        ),
        source(
            "Departamento de Tecnología: misión (proyectos y compras de TI)",
            english.STATE_CDT,
            "Departamento de Finanzas de California (ebudget), en inglés",
        ),
        source(
            "División de Compras: metas del plan estratégico",
            english.STATE_DGS,
            "Departamento de Servicios Generales de California, en inglés",
        ),
        source(
            "Compras y contratos en el Condado de Los Ángeles",
            english.COUNTY_PURCHASING,
            "Condado de Los Ángeles, en inglés",
        ),
        source(
            "Marco de gobierno de tecnologías de la información",
            english.COUNTY_IT_GOVERNANCE,
            "Oficina Ejecutiva del Condado de Los Ángeles, en inglés",
        ),
        source(
            "Project Assistant, Citywide Procurement Oversight",
            english.CITY_PROCUREMENT_OVERSIGHT,
            "Departamento de Personal de la Ciudad de Los Ángeles, en inglés",
        ),
        source(
            "Código Administrativo, Schedule \u201cA\u201d: códigos y títulos de las clases",
            english.CITY_SCHEDULE_A,
            "Ciudad de Los Ángeles, en inglés",
        ),
        source(
            "Procurement Analyst I a III (2026), copia publicada",
            english.LONG_BEACH_PROCUREMENT,
            "Ciudad de Long Beach, en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
