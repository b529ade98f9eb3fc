"""Guía de demostración: gestión de productos y proyectos en el servicio público."""

from cms.demo_guides import product_delivery as english
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
    "title": "Gestión de productos y proyectos en el servicio público",
    "summary": "Quienes dirigen productos, proyectos y entregas guían a los equipos que "
    "construyen o reemplazan servicios públicos, para que lo que se lanza funcione para la "
    "gente, a tiempo y dentro del presupuesto público.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "casi todos en la serie 2210; algunos gerentes de programa están en la 0301 o la 0343",
            "state": "los proyectos son el campo de IT Project Management; la estrategia de producto es parte de Business Technology Management",
            "county": "la clase detrás de este papel varía; lea la especificación de la clase del anuncio",
            "city": "en la Ciudad, quienes dirigen proyectos suelen estar en clases de sistemas",
            "nonprofit": "tecnología cívica y empresas de beneficio público",
        },
    ),
    "the_work": [
        para(
            "<p>El gobierno compra y construye sistemas grandes: un nuevo sistema de notarios, "
            "un sistema de expedientes para libertad condicional, una herramienta para las "
            "elecciones. Quien gestiona el proyecto controla el alcance, el calendario, el "
            "presupuesto y los riesgos; quien gestiona el producto decide, junto con las "
            "personas que usan el servicio, qué se construye primero y cómo saber si funciona; "
            "y quienes facilitan la entrega (como el scrum master) ayudan a que el equipo trabaje "
            "bien. En el sector público además se rinde cuentas a la supervisión: el "
            "Departamento de Tecnología del Estado revisa los proyectos grandes con su proceso "
            "de aprobación (Project Approval Lifecycle), y en el Condado el Departamento del "
            "Sheriff, por ejemplo, tiene una oficina de proyectos que revisa las propuestas de "
            "tecnología según las reglas de compras del Condado.</p><p>En 2018 el Estado eliminó su antigua clase Project Manager "
            "(Information Technology) y la integró en la serie de TI: la gestión de proyectos es "
            "hoy uno de sus seis campos, y el campo de Business Technology Management incluye "
            "la estrategia de producto y de entrega y la experiencia de usuario de los servicios "
            "digitales.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "El título casi nunca dice \u201cproducto\u201d",
                "text": "<p>En el Estado, a quien gestiona un proyecto muchas veces se le contrata como Information Technology Specialist II; en el gobierno federal, como IT Specialist o IT Program Manager. Busque en las funciones palabras como \u201cproject\u201d, \u201cschedule\u201d, \u201cscope\u201d o \u201cproduct owner\u201d.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>Empieza con la reunión diaria del equipo y quita lo que lo frena: un proveedor "
            "que espera una decisión, una revisión de seguridad que necesita fecha. Actualiza el "
            "registro de riesgos y el calendario, y luego se reúne con el personal del programa "
            "que usará el sistema nuevo para verlo probar la última versión y acordar qué es lo "
            "más importante para la siguiente entrega. Por la tarde prepara un informe para la "
            "dirección y, en un proyecto grande, responde preguntas de una oficina de "
            "supervisión. Gran parte del trabajo es traducir entre ingenieros, especialistas del "
            "programa, contratistas y el público.</p>"
        ),
    ],
    "levels": [
        nivel(
            "entry",
            "IT Specialist GS-7 (apoyo a proyectos); Associate Product Manager; Project Coordinator",
            "Estado: IT Associate (oficina de proyectos); organizaciones sin fines de lucro: Associate Product Manager",
            47_490,
            76_476,
            "Lleva calendarios, actas, registros de riesgos y listas de trabajo pendiente de un "
            "equipo. Importan más el orden y la buena redacción que un certificado.",
        ),
        nivel(
            "mid",
            "IT Specialist GS-9 a GS-11; Information Technology Specialist I; Product Owner; Scrum Master",
            "Estado: IT Specialist I; organizaciones sin fines de lucro: Product Owner, Delivery Manager",
            71_957,
            113_185,
            "Dirige un proyecto pequeño o se hace cargo de la lista de trabajo de un producto, "
            "todos los días con usuarios e ingenieros. Pide un año en el nivel inferior (federal) "
            "o la experiencia mínima de la clase.",
        ),
        nivel(
            "senior",
            "IT Project Manager GS-12 a GS-13; Information Technology Specialist II; Senior Product Manager",
            "Estado: IT Specialist II; Ciudad: Senior Systems Analyst I",
            104_349,
            161_313,
            "Gestiona de principio a fin un proyecto mediano o grande: planes, presupuesto, "
            "proveedores, riesgos e informes a la dirección y a la supervisión. Se suele "
            "preferir un certificado PMP o de métodos ágiles.",
        ),
        nivel(
            "lead",
            "IT Program Manager GS-14 a GS-15; Information Technology Specialist III; IT Manager I",
            "Estado: IT Specialist III, IT Manager I; Ciudad: Senior Systems Analyst II; Condado: Project Management Officer",
            146_632,
            197_200,
            "Dirige un conjunto de proyectos o una oficina de proyectos, fija normas y supervisa "
            "a quienes gestionan proyectos.",
        ),
        nivel(
            "executive",
            "SES; Information Technology Manager II; Career Executive Assignment; Head of Product",
            "Estado: IT Manager II, Career Executive Assignment (como la subdirección de la Oficina de Gestión de Proyectos de California); Ciudad: Director of Systems",
            151_661,
            228_000,
            "Responde por todos los proyectos de la organización: cuáles empiezan, cuáles se "
            "detienen y cómo se supervisan.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Planear y controlar alcance, calendario y riesgos",
            "Es el centro de todo anuncio de gestión de proyectos, del Estado a las agencias federales.",
            True,
        ),
        skill(
            "skill",
            "Trabajar con los usuarios",
            "Observar cómo la gente usa un servicio y convertir lo aprendido en prioridades.",
            True,
        ),
        skill(
            "skill",
            "Redacción clara e informes de avance",
            "Planes, notas e informes con los que la dirección y la supervisión puedan decidir.",
            True,
        ),
        skill(
            "skill",
            "Métodos ágiles",
            "Listas de trabajo, entregas cortas y reuniones de mejora; muchos equipos públicos ya trabajan así.",
            False,
        ),
        skill(
            "skill",
            "Compras públicas y gestión de proveedores",
            "Casi todos los sistemas públicos grandes se hacen con contratistas; saber cómo funcionan los contratos se valora.",
            False,
        ),
        skill(
            "credential",
            "PMP o CAPM",
            "Certificados del Project Management Institute; se suelen preferir, pero casi nunca se exigen.",
            False,
        ),
        skill(
            "credential",
            "Certificados de métodos ágiles",
            "Los de scrum master o de product owner ayudan en equipos ágiles.",
            False,
        ),
    ],
    "pay_notes": "<p>La columna de sueldo muestra el rango federal de 2026 para cada nivel en "
    "Los Ángeles (sueldos base del General Schedule con el ajuste del 36.47% para la zona de "
    "Los Ángeles, del escalón 1 del grado menor al escalón 10 del mayor, con un tope de "
    "$197,200; el Senior Executive Service va de $151,661 a $228,000). En el Estado, "
    "Information Technology Specialist I paga de $6,139 a $8,228 al mes en el rango A, hasta "
    "$9,932 en el rango C, e Information Technology Manager II de $10,734 a $13,048 al mes. En "
    "el Condado y la Ciudad, los puestos de proyectos se pagan según su clase; el anuncio "
    "siempre tiene la última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Becas como la de Code for America y el U.S. Digital Corps (cuando está reclutando) ponen a personas que empiezan en equipos de entrega. Organizar de principio a fin un proyecto de un club o un proyecto voluntario con Hack for LA es experiencia real de proyectos; el certificado CAPM está pensado para quienes empiezan.</p>",
        ),
        way_in(
            "career-changers",
            "<p>El personal de un programa que ya vivió el lanzamiento de un sistema puede ser un gran product owner: conoce las reglas y a los usuarios. Pida participar en el siguiente proyecto como representante del programa y aprenda sobre la marcha el marco de proyectos del Estado.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p>Quienes gestionaban proyectos y programas de TI en el gobierno federal encajan en IT Specialist II y III y en las clases de IT Manager del Estado, y en las oficinas de proyectos del Condado. Diga el tamaño de lo que entregó (presupuesto, usuarios, proveedores) y ante qué supervisión respondía; la experiencia con la planeación de inversiones federales o con la oficina de proyectos de una agencia se traslada directamente.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes gestionan productos o proyectos en la industria suelen calificar en el nivel sénior. Espere más supervisión de la acostumbrada y prepárese para mostrar cómo trabaja dentro de las reglas de compras públicas y de transparencia.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque en la serie 2210 \u201cproject manager\u201d o \u201cprogram manager\u201d, y en la 0343 y la 0301 puestos de programa con funciones de TI. La contratación federal está limitada desde 2025: revise en cada anuncio quién puede postularse (\u201cwho may apply\u201d).",
        state="Presente el examen de Information Technology Specialist I (o el II y el III si califica) y postúlese a vacantes en la oficina de proyectos de un departamento. El Departamento de Tecnología también ha abierto exámenes para dirigir proyectos como Career Executive Assignment.",
        county="Las oficinas de proyectos de los departamentos contratan por medio de las clases de TI del Condado; busque funciones de gestión de proyectos en el anuncio y lea en la especificación de la clase qué experiencia cuenta.",
        city="En la Ciudad, la dirección de proyectos está en las clases de sistemas: en el Departamento de Policía, los Senior Systems Analysts dirigen secciones como la de proyectos tecnológicos. Desde afuera, la puerta de entrada es el examen de Systems Analyst.",
        nonprofit="Code for America, U.S. Digital Response y empresas como Nava contratan gerentes de producto y de entrega; sus anuncios dicen el rango de sueldo.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Cuente bien una historia de entrega",
                "text": "<p>Elija un proyecto: qué necesitaban los usuarios, qué dejó fuera para lanzar a tiempo, qué salió mal y cómo lo resolvió. Quienes evalúan recuerdan una historia concreta.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Digital Services Playbook",
            "https://playbook.cio.gov/",
            "U.S. Digital Service (en inglés)",
            "reading",
            "free",
            "Trece jugadas para construir servicios públicos que funcionen.",
        ),
        resource(
            "Guía para reducir el riesgo en la tecnología del gobierno",
            "https://guides.18f.gov/derisking/",
            "18F, GSA (en inglés)",
            "reading",
            "free",
            "Cómo planear y comprar software público sin los fracasos de los proyectos enormes.",
        ),
        resource(
            "Marco de Gestión de Proyectos de California y recursos para proyectos",
            "https://projectresources.cdt.ca.gov/",
            "Departamento de Tecnología de California (en inglés)",
            "reading",
            "free",
            "Las plantillas y los métodos del propio Estado para proyectos de TI.",
        ),
        resource(
            "Certified Associate in Project Management (CAPM)",
            "https://www.pmi.org/certifications/certified-associate-capm",
            "Project Management Institute",
            "certification",
            "paid",
            "Un certificado de gestión de proyectos para quienes empiezan.",
        ),
        resource(
            "La Guía de Scrum",
            "https://scrumguides.org/",
            "Scrum.org y Scrum Inc.",
            "reading",
            "free",
            "La breve descripción oficial de Scrum.",
        ),
    ],
    "sources": [
        source(
            "Las clasificaciones de Tecnologías de la Información del Estado: clases, códigos y campos",
            "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx",
            "CalHR, en inglés",
        ),
        source(
            "Serie Project Manager: Project Manager (Information Technology), eliminada el 31 de enero de 2018",
            "https://www.calhr.ca.gov/state-hr-professionals/Pages/7579.aspx",
            "Departamento de Recursos Humanos de California (CalHR)",
        ),
        source(
            "Vacante de Information Technology Specialist II como gerente de proyecto, Secretaría de Estado (copia publicada)",
            "https://sacitcentral.com/job/it-project-manager-4/",
            "Secretaría de Estado de California, vía SacITCentral",
        ),
        source(
            "Exámenes, incluidos los de Career Executive Assignment",
            "https://cdt.ca.gov/career-opportunities/state-hiring-process/examinations/",
            "Departamento de Tecnología de California",
        ),
        source(
            "Convocatoria de examen: Information Technology Manager II (EX-1755)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1755",
            "CalCareers",
        ),
        source(
            "Oficina de Gestión de Proyectos (manual del departamento, sección 2-10/010.06)",
            "https://pars.lasd.org/Viewer/Manuals/10008/Content/14577",
            "Departamento del Sheriff del Condado de Los Ángeles, en inglés",
        ),
        source(
            "Clasificaciones de sistemas y sus funciones",
            "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/",
            "Departamento de Policía de Los Ángeles, en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
