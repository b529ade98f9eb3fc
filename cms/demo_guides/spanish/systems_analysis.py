"""Guía de demostración: análisis de negocios y de sistemas en el servicio público."""

from cms.demo_guides import systems_analysis as english
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
    "title": "Análisis de negocios y de sistemas en el servicio público",
    "summary": "Quienes analizan negocios y sistemas convierten lo que necesita un programa "
    "público en requisitos que un sistema pueda cumplir, y se aseguran de que el sistema que "
    "llega haga lo que el programa y el público necesitan.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "serie 2210 o 0343",
            "state": "el análisis de negocios es parte del campo de Business Technology Management",
            "county": "lea la especificación de la clase en hr.lacounty.gov antes de postularse",
        },
    ),
    "the_work": [
        para(
            "<p>Antes de que un condado reemplace su sistema de beneficios o una ciudad "
            "automatice sus permisos, alguien tiene que entender con precisión cómo se hace hoy "
            "el trabajo, qué exige la ley, dónde se atora la gente y qué debe hacer el sistema "
            "nuevo. Esa persona es el analista. Entrevista al personal del programa, dibuja los "
            "procesos como son y como deberían ser, escribe requisitos e historias de usuario, "
            "compara comprar un producto con construirlo, prueba lo que entrega el proveedor y "
            "acompaña a la gente en el cambio.</p><p>Las agencias federales definen la "
            "especialidad de análisis de sistemas (Systems Analysis) como aplicar el análisis "
            "para planear, diseñar y poner en marcha sistemas de información nuevos o mejores "
            "según las necesidades del programa. El Systems Analyst de la Ciudad de Los Ángeles "
            "estudia cómo funcionan sus sistemas, recomienda mejoras y hace estudios de costo, "
            "beneficio y factibilidad. El Estado incluye el análisis de negocios y el rediseño de "
            "procesos en su campo de Business Technology Management.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "La experiencia en un programa cuenta",
                "text": "<p>Saber cómo funcionan de verdad la elegibilidad, los permisos o el manejo de casos es la mitad de este trabajo. Muchas analistas empezaron como personal de un programa.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Por la mañana dirige un taller con el personal que tramita permisos: dibujan en "
            "un pizarrón los pasos de una solicitud y marcan dónde se queda esperando. Convierte "
            "sus notas en historias de usuario con criterios de aceptación claros, responde a un "
            "programador una duda sobre una regla del código municipal y revisa las pruebas de "
            "un proveedor contra los requisitos. Al final del día escribe un análisis breve para "
            "su gerente que compara dos maneras de reducir un rezago, con sus costos.</p>"
        ),
    ],
    "levels": [
        nivel(
            "entry",
            "IT Specialist GS-5 a GS-7; Systems Aide; Information Systems Analyst Aid",
            "Estado: IT Associate; Condado: Information Systems Analyst Aid; Ciudad: Systems Aide",
            47_490,
            76_476,
            "Ayuda a analistas con más experiencia a documentar procesos y requisitos, y aprende "
            "el trabajo en la práctica.",
        ),
        nivel(
            "mid",
            "IT Specialist (SYSANALYSIS) GS-9 a GS-11; Information Technology Specialist I; Systems Analyst I y II",
            "Estado: IT Specialist I; Condado: Information Systems Analyst I y II; Ciudad: Systems Analyst I y II",
            71_957,
            113_185,
            "Analiza por su cuenta las necesidades de un programa, escribe requisitos y prueba "
            "sistemas. Los anuncios federales piden un año en el nivel inferior y competencias "
            "como atención al detalle, servicio al cliente y solución de problemas.",
        ),
        nivel(
            "senior",
            "IT Specialist (SYSANALYSIS) GS-12 a GS-13; Information Technology Specialist II; Senior Information Systems Analyst",
            "Estado: IT Specialist II; Condado: Senior Information Systems Analyst; Ciudad: Senior Systems Analyst I",
            104_349,
            161_313,
            "Dirige el análisis de sistemas importantes, evalúa productos comerciales y supervisa "
            "una unidad o un equipo de analistas.",
        ),
        nivel(
            "lead",
            "Supervisory IT Specialist GS-14 a GS-15; Information Technology Specialist III; Principal Information Systems Analyst",
            "Estado: IT Specialist III, IT Supervisor II; Condado: Principal Information Systems Analyst; Ciudad: Senior Systems Analyst II",
            146_632,
            197_200,
            "Fija las normas de análisis de un departamento o dirige una sección de analistas.",
        ),
        nivel(
            "executive",
            "SES; Information Technology Manager II; Director of Systems",
            "Estado: IT Manager II; Ciudad: Director of Systems",
            151_661,
            228_000,
            "Dirige los sistemas de información de un departamento y decide en qué cambios "
            "invierte.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Requisitos e historias de usuario",
            "Descubrir necesidades, escribir requisitos que se puedan probar y seguirlos hasta lo que se construye.",
            True,
        ),
        skill(
            "skill",
            "Mapeo de procesos",
            "Dibujar cómo fluye hoy el trabajo y cómo debería fluir; estudios de factibilidad y de costo y beneficio.",
            True,
        ),
        skill(
            "skill",
            "Entrevistas y facilitación",
            "Dirigir talleres con el personal de los programas y con el público, y saber escuchar.",
            True,
        ),
        skill(
            "skill",
            "SQL y datos",
            "Consultar los datos de un sistema para comprobar un requisito o medir un problema.",
            False,
        ),
        skill(
            "skill",
            "Pruebas",
            "Escribir casos de prueba y dirigir las pruebas de aceptación antes de que un sistema entre en uso.",
            False,
        ),
        skill(
            "credential",
            "Un título o experiencia equivalente",
            "La clase Systems Analyst de la Ciudad ha aceptado un título con experiencia relacionada, o años como Systems Aide con cursos.",
            False,
        ),
        skill(
            "credential",
            "Certificados del IIBA",
            "El ECBA o el CBAP del International Institute of Business Analysis; ayudan, pero rara vez se exigen.",
            False,
        ),
    ],
    "pay_notes": "<p>La columna de sueldo muestra el rango federal de 2026 para cada nivel en "
    "Los Ángeles (sueldos base del General Schedule con el ajuste del 36.47% para la zona de "
    "Los Ángeles, del escalón 1 del grado menor al escalón 10 del mayor, con un tope de "
    "$197,200; el Senior Executive Service va de $151,661 a $228,000). En el Estado, "
    "Information Technology Specialist I paga de $6,139 a $8,228 al mes en el rango A, hasta "
    "$9,932 en el rango C. Esta guía no da cifras del Condado ni de la Ciudad porque no "
    "encontramos un rango publicado vigente; revise el anuncio, que siempre tiene la última "
    "palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Los cursos de sistemas de información o de análisis de sistemas cuentan para las clases de analista de la Ciudad y del Condado. Un proyecto voluntario en el que reunió lo que necesitaba un grupo comunitario y lo puso por escrito para los programadores es un buen primer ejemplo para mostrar.</p>",
        ),
        way_in(
            "career-changers",
            "<p>El personal de elegibilidad, de oficina y de análisis de programas ya conoce las reglas y a los usuarios. Aprenda SQL y tome un curso de requisitos, ofrézcase para el próximo proyecto de sistemas de su departamento y postúlese al nivel de Analyst Aid o de IT Associate.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p>Quienes fueron IT Specialist (SYSANALYSIS) o analistas de programas de la serie 0343 y trabajaron con sistemas encajan en las clases de IT Specialist del Estado, en la serie Information Systems Analyst del Condado y en las clases de Systems Analyst de la Ciudad. Describa los sistemas, los programas a los que servían y los requisitos, las pruebas y los estudios que produjo.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes hacen análisis de negocios en la industria suelen calificar en el nivel sénior. Los programas públicos se rigen por leyes y reglamentos: muestre que sabe leer una regla y convertirla en un requisito, y que puede trabajar con sindicatos, auditores y el público, además de con proveedores.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque la serie 2210 con \u201cSYSANALYSIS\u201d, y la 0343 para analistas de programas que trabajan con sistemas. La contratación federal está limitada desde 2025: revise en cada anuncio quién puede postularse (\u201cwho may apply\u201d).",
        state="Presente el examen de Information Technology Specialist I (en línea y continuo); los empleos de análisis de negocios se publican bajo las clases de TI, con \u201cbusiness analysis\u201d o \u201crequirements\u201d entre las funciones.",
        county="Busque los exámenes de Information Systems Analyst; antes de contar experiencia fuera de su clase, revise si el anuncio la acepta (\u201cout-of-class\u201d).",
        city="Los exámenes de Systems Analyst son la puerta habitual; en el Departamento de Policía, los Systems Aides aprenden el trabajo en la práctica y los Systems Analysts II hacen el trabajo central de sistemas.",
        nonprofit="Las empresas de tecnología cívica contratan analistas de negocios para contratos con el gobierno; sus anuncios dicen el rango de sueldo.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Lleve una muestra",
                "text": "<p>Un mapa de procesos de una página o tres historias de usuario bien escritas de un proyecto anterior (sin datos privados) muestran el trabajo mejor que cualquier lista de habilidades.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Métodos de 18F",
            "https://methods.18f.gov/",
            "18F, GSA (en inglés)",
            "reading",
            "free",
            "Métodos públicos para descubrir y probar lo que necesitan los usuarios.",
        ),
        resource(
            "Entry Certificate in Business Analysis (ECBA)",
            "https://www.iiba.org/business-analysis-certifications/ecba/",
            "International Institute of Business Analysis",
            "certification",
            "paid",
            "Un certificado de análisis de negocios para quienes empiezan.",
        ),
        resource(
            "Introducción a SQL",
            "https://es.khanacademy.org/computing/computer-programming/sql",
            "Khan Academy en español",
            "course",
            "free",
            "Un comienzo gratuito para consultar datos.",
        ),
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service (en inglés)",
            "reading",
            "free",
            "Cómo trabajan los equipos digitales modernos del gobierno.",
        ),
        resource(
            "Hack for LA",
            "https://www.hackforla.org/",
            "Hack for LA",
            "community",
            "free",
            "Proyectos voluntarios de tecnología cívica en Los Ángeles que necesitan analistas, no solo programadores.",
        ),
    ],
    "sources": [
        source(
            "Serie 2210 (Information Technology Management): especialidades",
            "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=2210",
            "HR University (OPM), en inglés",
        ),
        source(
            "Requisitos de IT Specialist (SYSANALYSIS) GS-9 y GS-11 (copia de un anuncio de USAJOBS)",
            "https://focusonjobs.com/job/it-specialist-sysanalysis-727208800/",
            "USAJOBS, vía FocusOnJobs",
        ),
        source(
            "Anuncio de Systems Analyst, 2008 (copia publicada)",
            "https://forums.devx.com/showthread.php?169877-SYSTEMS-ANALYST-Job-Opening-with-City-of-Los-Angeles",
            "Departamento de Personal de la Ciudad de Los Ángeles, vía DevX",
        ),
        source(
            "Clasificaciones de sistemas y sus funciones",
            "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/",
            "Departamento de Policía de Los Ángeles, en inglés",
        ),
        source(
            "Descripción de la clase Information Systems Analyst Aid, 2018 (copia publicada)",
            "https://jobs.ccyp.com/Content/Details/136762/County-of-Los-Angeles-INFORMATION-SYSTEMS-ANALYST-AID",
            "Condado de Los Ángeles, vía CCYP",
        ),
        source(
            "Las clasificaciones de Tecnologías de la Información del Estado: clases, códigos y campos",
            "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx",
            "CalHR, en inglés",
        ),
        source(
            "Convocatoria de examen: Information Technology Specialist I (EX-1750)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1750",
            "CalCareers",
        ),
        *FUENTES_COMUNES,
    ],
}
