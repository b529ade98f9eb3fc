"""Guía de demostración: datos y análisis en el servicio público."""

from cms.demo_guides import data_analytics as english
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
    "title": "Datos y análisis en el servicio público",
    "summary": "Analistas, científicos e ingenieros de datos y especialistas en SIG convierten "
    "los registros públicos en respuestas: dónde se necesitan servicios, si un programa "
    "funciona y qué conviene arreglar primero.",
    "names": nombres(
        english.GUIDE["names"],
        {"county": "muchos departamentos tienen su propia unidad de análisis"},
    ),
    "the_work": [
        para(
            "<p>El trabajo con datos públicos contesta preguntas que deciden a dónde van el "
            "dinero y el personal. ¿Cuántas familias del Valle del Antílope tienen derecho a un "
            "programa pero no están inscritas? ¿En qué cruces hay más choques graves? ¿Cuánto "
            "espera la gente por una vivienda, y por qué? Quienes analizan datos limpian y unen "
            "registros, crean tableros y mapas, y explican lo que dicen los números a quienes "
            "toman las decisiones.</p><p>Las ingenieras de datos construyen los procesos que "
            "mueven registros entre sistemas de forma segura; los científicos de datos hacen "
            "modelos y pronósticos; los especialistas en SIG (sistemas de información "
            "geográfica) trazan en mapas desde zonas de inundación hasta paradas de autobús. La "
            "privacidad forma parte de cada tarea: muchos de estos datos son de personas en "
            "momentos difíciles.</p>"
        ),
    ],
    "day_in_the_work": [
        para(
            "<p>Puede empezar el día revisando que la carga de datos de la noche anterior "
            "terminó bien, y pasar la mañana escribiendo consultas SQL para responder a una "
            "gerente de programa. Después del almuerzo se reúne con el equipo de un programa "
            "para personas sin hogar para entender por qué dos informes no coinciden, y termina "
            "actualizando un tablero público. Documentar con cuidado y decir lo que los datos "
            "no pueden mostrar importa tanto como el análisis.</p>"
        ),
    ],
    "levels": [
        nivel(
            "intern",
            "Student Professional Worker; Data Science Fellow; Pathways Intern",
            "Condado: Student Professional Worker; Ciudad: Student Worker",
            40_000,
            60_000,
            "Apoya análisis y aprende a conocer los datos con supervisión cercana.",
        ),
        nivel(
            "entry",
            "Research Data Analyst I; Data Analyst I; Statistician GS-7",
            "Estado: Research Data Analyst I; Condado: Data Analyst; Ciudad: Data Analyst I",
            60_000,
            90_000,
            "Prepara datos e informes periódicos; responde preguntas bien definidas.",
        ),
        nivel(
            "mid",
            "Data Scientist GS-9 a GS-11; Research Data Analyst II; Data Analyst II",
            "Estado: Research Data Analyst II; Condado: Senior Data Analyst; Ciudad: Data Analyst II",
            80_000,
            120_000,
            "Diseña análisis y tableros y presenta los resultados.",
        ),
        nivel(
            "senior",
            "Data Scientist GS-12 a GS-13; Research Data Specialist II; Senior Data Scientist",
            "Estado: Research Data Specialist II; Condado: Principal Analyst; Ciudad: Senior Management Analyst",
            105_000,
            155_000,
            "Dirige proyectos, define métodos y revisa el trabajo de otras personas.",
        ),
        nivel(
            "lead",
            "Supervisory Data Scientist GS-14; Research Data Supervisor; Chief Data Officer",
            "Estado: Research Data Supervisor; Condado: puestos de dirección de datos",
            140_000,
            190_000,
            "Dirige un equipo de datos o la estrategia de datos de un departamento.",
        ),
    ],
    "skills": [
        skill("skill", "SQL", "La habilidad más pedida en los empleos de datos públicos.", True),
        skill(
            "skill",
            "Hojas de cálculo, y Python o R",
            "Excel para lo rápido; Python o R para todo lo que se repite.",
            True,
        ),
        skill(
            "skill", "Tableros", "Son comunes Tableau, Power BI y los tableros de ArcGIS.", False
        ),
        skill("skill", "SIG", "ArcGIS Pro o QGIS para mapas y análisis espacial.", False),
        skill(
            "skill",
            "Privacidad y ética de datos",
            "Conocer HIPAA y FERPA, y saber publicar sin exponer a las personas.",
            True,
        ),
        skill(
            "credential",
            "Estudios con trabajo cuantitativo",
            "Las series federales de Statistician y Data Scientist exigen ciertos cursos; la mayoría de las clases locales aceptan experiencia.",
            False,
        ),
        skill(
            "credential",
            "GIS Professional (GISP) o certificados de Esri",
            "Útiles para puestos de SIG.",
            False,
        ),
    ],
    "pay_notes": "<p>Los científicos de datos y estadísticos federales cobran según el "
    "General Schedule con el ajuste de Los Ángeles. Las clases estatales de investigación de "
    "datos y las de analista del condado y de la ciudad publican sus rangos, con aumentos "
    "anuales y pensión. Los rangos de esta guía son aproximados y redondeados; consulte el "
    "anuncio y las tablas de sueldos de las fuentes.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Postúlese a becas de verano en datos y a puestos de estudiante en los departamentos del Condado, y haga un proyecto de clase con los datos abiertos de data.lacounty.gov o data.lacity.org. Los cursos de estadística o de SIG cuentan para los requisitos federales.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Si ya trabaja con registros (en salud, servicios sociales, planeación o finanzas), usted sabe qué significan los datos, que es la mitad del trabajo. Aprenda SQL y una herramienta de visualización, y haga dos proyectos pequeños con datos públicos sobre Los Ángeles.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p>Quienes fueron estadísticos o científicos de datos federales encajan muy bien en las clases estatales de investigación de datos y en las unidades de análisis del Condado, que valoran la experiencia con encuestas y evaluación de programas.</p>",
        ),
        way_in(
            "experienced",
            "<p>Analistas e ingenieros de la industria suelen calificar en el nivel sénior. Destaque la calidad de los datos, la privacidad y su manera de explicar resultados a líderes sin formación técnica.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque las series 1560 (Data Science), 1530 (Statistics) y 2210 con \u201cDATAMGT\u201d. Algunos empleos de las series 1530 y 1560 exigen cursos universitarios específicos: revise los requisitos.",
        state="Presente el examen de Research Data Analyst o de Research Data Specialist; muchos departamentos (Servicios de Atención Médica, Salud Pública) contratan de esas listas.",
        county="Busque puestos de analista en Salud Pública, Servicios de Salud, la Oficina Ejecutiva del Condado y la Iniciativa para Personas sin Hogar.",
        city="La Agencia de Tecnologías de la Información, Transporte y Planeación Urbana contratan analistas de datos y de SIG.",
        nonprofit="Las organizaciones de investigación y de tecnología cívica contratan analistas e ingenieros de datos, muchas veces en remoto.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Lleve una gráfica y una historia",
                "text": "<p>En la entrevista, muestre una gráfica clara hecha con datos públicos y cuente qué decisión podría orientar. Demuestra a la vez la habilidad y el criterio.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Certificado de Análisis de Datos de Google",
            "https://grow.google/certificates/data-analytics/",
            "Google (en Coursera, disponible en español)",
            "certification",
            "paid",
            "Un programa de nivel inicial: hojas de cálculo, SQL y Tableau.",
        ),
        resource(
            "Kaggle Learn",
            "https://www.kaggle.com/learn",
            "Kaggle (en inglés)",
            "course",
            "free",
            "Cursos cortos y prácticos de Python, SQL y aprendizaje automático.",
        ),
        resource(
            "Catálogo de capacitación de Esri",
            "https://www.esri.com/training/",
            "Esri",
            "course",
            "low",
            "Cursos de ArcGIS, muchos gratuitos.",
        ),
        resource(
            "Datos abiertos del Condado de Los Ángeles",
            "https://data.lacounty.gov/",
            "Condado de Los Ángeles",
            "reading",
            "free",
            "Datos públicos reales para proyectos de portafolio.",
        ),
    ],
    "stories": [
        story(
            "Dev",
            "Data Analyst II en un departamento de la Ciudad",
            "Operador de transporte público",
            "<p>Llevaba una hoja de cálculo de los autobuses que llegaban tarde en mi ruta. Una clase nocturna de SQL la convirtió en un portafolio, y el examen de la Ciudad hizo el resto.</p>",
        ),
    ],
    "sources": [
        source(
            "Serie 1560 (Data Science): requisitos de calificación",
            "https://www.opm.gov/policy-data-oversight/classification-qualifications/",
            "Oficina de Administración de Personal de EE. UU. (OPM), en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
