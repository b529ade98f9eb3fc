"""Guía de demostración: liderazgo tecnológico en el servicio público."""

from cms.demo_guides import it_leadership as english
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
    "title": "Liderazgo tecnológico en el servicio público",
    "summary": "Quienes dirigen la tecnología pública (gerentes de TI, jefes de división y "
    "directores de informática, los CIO) deciden qué construye, compra y protege una agencia, "
    "y guían a los equipos que mantienen sus servicios en marcha.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "gerentes de la serie 2210; ejecutivos del Senior Executive Service (SES)",
            "state": "la CEA es la categoría ejecutiva del Estado y no tiene especificación de clase propia; el anuncio le da un título de trabajo, como Chief Information Officer",
            "county": "los departamentos tienen sus propios CIO, que forman un consejo con el CIO del Condado; el título de gerente aún no se ha cotejado con la lista de clases del Condado",
            "city": "el General Manager (clase 9380) es el CIO de la Ciudad, y un Assistant General Manager es el CIO adjunto; el título de gerente aún no se ha cotejado con la lista de clases de la Ciudad",
            "nonprofit": "tecnología cívica y empresas de beneficio público",
        },
    ),
    "the_work": [
        para(
            "<p>Quien dirige la tecnología de un gobierno decide qué sistemas se construyen, se "
            "compran, se reemplazan y se protegen, y responde por esas decisiones ante "
            "funcionarios electos y ante el público. El trabajo es de presupuestos y contratos, "
            "de contratar y formar personal, de seguridad y recuperación ante desastres, y de "
            "convertir las metas de un departamento en un plan que sus equipos técnicos puedan "
            "cumplir. Un buen líder mantiene funcionando el sistema de beneficios cuando se "
            "disparan las solicitudes, y aun así encuentra gente y dinero para renovarlo.</p>"
            "<p>En el Condado de Los Ángeles la escala es enorme y está repartida. La seguridad "
            "se organiza en 37 departamentos, cada uno con su responsable de seguridad de la "
            "información, y el CIO del Condado trabaja con un consejo de los CIO de los "
            "departamentos. La Agencia de Tecnologías de la Información (ITA) de la Ciudad da "
            "servicio a más de 40 departamentos; su gerente general es el CIO de la Ciudad.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Los puestos de dirección se cubren de maneras distintas",
                "text": "<p>Los puestos de supervisión y de gerencia son clases del servicio civil, con examen, igual que los puestos de abajo. Los ejecutivos funcionan de otra manera: cada Career Executive Assignment (CEA) del Estado tiene su propio examen breve, los ejecutivos federales forman parte del Senior Executive Service, al CIO de la Ciudad lo nombra el alcalde y lo confirma el Concejo Municipal, y los puestos ejecutivos del Condado tienen sus propias convocatorias. La sección sobre la contratación explica cada caso.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>La mañana de una jefa de división puede empezar con la revisión semanal de los "
            "proyectos grandes: uno va atrasado porque un proveedor no entregó a tiempo, otro "
            "necesita una decisión sobre el alojamiento en la nube. Luego viene una reunión del "
            "presupuesto del año próximo, una conversación a solas con un supervisor que está "
            "contratando y una llamada con el responsable de seguridad por una campaña de "
            "correos fraudulentos dirigida al personal. Por la tarde explica la situación, en "
            "palabras sencillas, a la dirección o a la oficina de un supervisor del Condado, y "
            "termina el día leyendo la modificación de un contrato. Casi todo se logra a través "
            "de otras personas; el criterio técnico está en las preguntas que usted hace.</p>"
        ),
    ],
    "levels": [
        {
            **nivel(
                "lead",
                "Supervisory IT Specialist GS-14; Information Technology Supervisor I y II; gerente de un equipo de TI",
                "Estado: IT Supervisor I, IT Supervisor II; Condado: Information Technology Manager I; Ciudad: Information Systems Manager I",
                87_000,
                191_000,
                "Supervisa a un equipo técnico: contrataciones, asignaciones, evaluaciones de desempeño y su parte del presupuesto.",
            ),
            "federal_grades": "GS-14",
        },
        {
            **nivel(
                "lead",
                "Supervisory IT Specialist GS-15; Information Technology Manager I y II; IT Division Chief",
                "Estado: IT Manager I, IT Manager II; Condado y Ciudad: clases de gerente de TI",
                128_000,
                197_000,
                "Dirige una división a través de supervisores: varios equipos, un presupuesto y contratos, y responde por los resultados del servicio.",
            ),
            "federal_grades": "GS-15",
        },
        nivel(
            "executive",
            "Deputy Chief Information Officer; Assistant General Manager, Information Technology Agency",
            "Estado: Career Executive Assignment (CEA); Ciudad: Assistant General Manager de la ITA",
            120_000,
            228_000,
            "Dirige una parte grande de la tecnología de una agencia, define políticas con el equipo directivo y suple al CIO.",
        ),
        nivel(
            "executive",
            "Chief Information Officer; Chief Technology Officer; Chief Digital Officer",
            "Estado: Career Executive Assignment (CEA); Condado: Chief Information Officer; Ciudad: General Manager de la ITA",
            151_000,
            228_000,
            "Es responsable de la estrategia, el presupuesto y los riesgos tecnológicos de toda una agencia o un gobierno, y rinde cuentas a sus líderes.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Presupuestos y compras públicas",
            "Preparar una solicitud de presupuesto y comprar tecnología según las reglas de contratación pública, exigiendo a los proveedores lo que prometieron.",
            True,
        ),
        skill(
            "skill",
            "Dirigir personas en el servicio civil",
            "Contratar de listas de elegibles, llevar periodos de prueba y evaluaciones, y trabajar dentro de los convenios laborales (MOU).",
            True,
        ),
        skill(
            "skill",
            "Gobierno de la seguridad y del riesgo",
            "Marcos como el NIST Cybersecurity Framework, respuesta a incidentes y planes de recuperación ante desastres.",
            True,
        ),
        skill(
            "skill",
            "Comunicación clara",
            "Explicar ventajas y costos de cada opción a funcionarios electos, juntas y líderes de programas que no son tecnólogos.",
            True,
        ),
        skill(
            "skill",
            "Formas actuales de trabajo",
            "Avanzar en pasos pequeños y probados con usuarios reales, y reemplazar sistemas viejos sin interrumpir el servicio.",
            False,
        ),
        skill(
            "credential",
            "Años de experiencia en supervisión y gerencia",
            "Las clases de supervisor, gerente y ejecutivo los piden según el nivel; en los puestos ejecutivos pesa el alcance de lo que usted dirigió.",
            True,
        ),
        skill(
            "credential",
            "Certificados de proyectos, seguridad o gestión de servicios",
            "PMP, CISSP, CISM o ITIL ayudan para algunos puestos; pocos puestos públicos de dirección los exigen.",
            False,
        ),
    ],
    "pay_notes": "<p>Los supervisores y gerentes federales cobran según el General Schedule con "
    "el ajuste de Los Ángeles: según nuestro cálculo con las tablas de la OPM de 2026, un GS-14 "
    "gana de $146,632 a $190,627 y un GS-15 de $172,476 hasta el tope de $197,200. El sueldo "
    "del Senior Executive Service no tiene ajuste por zona ni escalones: de $151,661 a $228,000 "
    "en 2026 en las agencias con un sistema de evaluación certificado. Los boletines de examen "
    "del Estado dan para Information Technology Supervisor I de $7,292 a $9,771 al mes, y para "
    "Information Technology Manager II de $10,734 a $13,048 al mes; el manual de CalHR da un "
    "solo rango para todas las Career Executive Assignments, de $10,048 a $20,748 al mes, en "
    "una página que no muestra fecha. No encontramos una fuente pública con el sueldo de las "
    "clases de gerencia de TI del Condado y de la Ciudad ni de sus cargos más altos de "
    "tecnología, así que esta guía no da esas cifras: el boletín de cada convocatoria publica "
    "su rango. Los rangos son aproximados; el anuncio siempre tiene la última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Nadie empieza aquí. El liderazgo es un paso posterior en todas las demás guías de este sitio: elija la más cercana a lo que estudia y busque pronto ocasiones de dirigir, como un equipo estudiantil, un proyecto voluntario de tecnología cívica o una beca que lo ponga a trabajar junto a líderes públicos.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Si ya dirige personas o programas en el gobierno (una oficina de beneficios, una clínica, una unidad de finanzas), usted sabe cómo decide y gasta el sector público. Súmele unos años en un puesto técnico, o la dirección de un proyecto de tecnología, y las clases de gerente quedan a su alcance.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p><b>Dónde encaja usted.</b> Un supervisor GS-14 corresponde a la primera fila de liderazgo: IT Supervisor II e IT Manager I en el Estado, y las clases de gerente de TI del Condado y de la Ciudad. Un gerente GS-15 encaja en IT Manager II y en puestos de jefe de división o de CIO adjunto. Quienes fueron ejecutivos del SES encajan en las Career Executive Assignments, en los puestos de Assistant General Manager y en los de CIO. Compare el paquete completo, no solo la cifra más alta: el SES llega a $228,000, y los rangos ejecutivos del Estado y de los gobiernos locales empiezan más abajo, pero incluyen una pensión de beneficio definido. Describa en números lo que dirigió: personas, presupuesto, sistemas y contratos.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes fueron CTO o directores de ingeniería en la industria son bienvenidos, sobre todo en las búsquedas de CIO y de CIO adjunto y en las organizaciones de tecnología cívica. Habrá más proceso público del que acostumbra: reuniones abiertas, reglas de compras y ciclos de presupuesto fijados por ley. Demuestre que sabe dirigir a través de ellos, no esquivándolos.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Los puestos de Supervisory IT Specialist se publican como los demás de la serie 2210, en los grados GS-14 y GS-15. Los del Senior Executive Service piden experiencia ejecutiva, por lo general adquirida en el grado GS-15 o su equivalente, demostrada frente a las Executive Core Qualifications (ECQ); muchos anuncios ahora piden un currículum de dos páginas en lugar de ensayos. Antes de un primer nombramiento de carrera en el SES, una Qualifications Review Board de la OPM debe certificar sus cualidades ejecutivas. La OPM revisó las ECQ en 2025: consulte la lista vigente en opm.gov.",
        state="Los exámenes de Information Technology Supervisor I (EX-1753) y de Information Technology Manager II (EX-1755) son continuos y en línea; después de presentar uno, debe esperar nueve meses para repetirlo. Los puestos ejecutivos son Career Executive Assignments: cada uno se publica en CalCareers durante al menos diez días hábiles, el examen suele ser la revisión de su solicitud y de una Declaración de Calificaciones (Statement of Qualifications), los candidatos quedan en seis rangos y el departamento elige entre los tres primeros (o más, si menos de cinco personas los alcanzan). No necesita ser empleado del Estado para postularse.",
        county="Las clases de gerente se cubren con exámenes publicados en el sitio de empleos del Condado. El CIO del Condado trabaja con los CIO de los departamentos, y el Código del Condado (capítulo 2.06) fija cómo se recluta y evalúa a los candidatos a jefe de departamento; lea cada convocatoria ejecutiva para conocer sus pasos.",
        city="El CIO de la Ciudad es el gerente general de la Agencia de Tecnologías de la Información (clase 9380): lo propone el alcalde y lo confirma el Concejo Municipal. Las vacantes de Assistant General Manager, una de ellas la de CIO adjunto, se anuncian públicamente con su propia fecha límite. Las clases de gerente por debajo de ellas se cubren con exámenes del Departamento de Personal.",
        nonprofit="Code for America, U.S. Digital Response y las empresas de tecnología cívica cubren sus puestos de CTO y de dirección de ingeniería en sus propios portales de empleo o con una firma de búsqueda; cuente con conversaciones con el personal, con la dirección ejecutiva y a menudo con miembros de la junta.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Empiece por los resultados, en números",
                "text": "<p>Quienes revisan solicitudes para puestos de dirección buscan alcance: a cuántas personas dirigió, qué presupuesto manejó, de qué sistemas y usuarios fue responsable y qué cambió gracias a usted. Ponga esas cifras en las primeras líneas de cada empleo de su currículum.</p>",
            },
        },
        {
            "type": "question",
            "value": {
                "question": "¿Tengo que trabajar ya en el gobierno?",
                "answer": "<p>No. Los exámenes abiertos y las convocatorias ejecutivas aceptan candidatos de fuera. El Estado dice claramente que el examen de una Career Executive Assignment no exige estar ya en el servicio civil, y los puestos federales del SES están abiertos a personas de fuera del gobierno que demuestren experiencia ejecutiva.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Senior Executive Service",
            "https://www.opm.gov/policy-data-oversight/senior-executive-service/",
            "Oficina de Administración de Personal de EE. UU. (OPM), en inglés",
            "reading",
            "free",
            "Qué es el SES, las Executive Core Qualifications y cómo se elige a los ejecutivos.",
        ),
        resource(
            "Sobre las Career Executive Assignments",
            "https://www.calhr.ca.gov/Pages/about-career-executive-assignments.aspx",
            "Departamento de Recursos Humanos de California (CalHR), en inglés",
            "reading",
            "free",
            "Quién puede postularse a un puesto ejecutivo del Estado y cómo funcionan el examen y los rangos.",
        ),
        resource(
            "Cómo postularse a un puesto CEA",
            "https://innovation.ca.gov/join-us/applying-cea-job/",
            "Oficina de Datos e Innovación de California, en inglés",
            "reading",
            "free",
            "Un recorrido sencillo por un anuncio CEA: los dos títulos, el sueldo y la fecha final de inscripción.",
        ),
        resource(
            "Manual de servicios digitales (Digital Services Playbook)",
            "https://playbook.cio.gov/",
            "U.S. Digital Service, en inglés",
            "reading",
            "free",
            "Trece prácticas para dirigir bien la tecnología pública, un lenguaje común con los equipos actuales.",
        ),
        resource(
            "Asociación de directores de informática de los condados de California (CCISDA)",
            "https://counties.org/county-office/information-technology",
            "Asociación Estatal de Condados de California, en inglés",
            "community",
            "free",
            "Cómo se organizan los CIO de los condados de California y la asociación que los reúne.",
        ),
    ],
    "stories": [
        story(
            "Richard Sanchez",
            "Chief Information Officer del Condado de Los Ángeles (nombrado en 2008)",
            "Programador de aplicaciones en el Condado",
            "<p>Entró al Condado como programador de aplicaciones y ocupó varios puestos de gerencia antes de ser nombrado CIO. Su primer reto, contó a la revista Government Technology en 2014, fue lograr que 34 departamentos grandes e independientes colaboraran entre sí y con la tecnología central: le tomó un par de años de escuchar, y un consejo en el que cada CIO de departamento tiene un lugar.</p>",
        ),
    ],
    "sources": [
        source(
            "Tabla de sueldos 2026-ES: Senior Executive Service",
            english.SES_PAY_2026,
            "Oficina de Administración de Personal de EE. UU. (OPM), en inglés",
        ),
        source(
            "Un anuncio del Senior Executive Service: requisito básico, ECQ y currículum de dos páginas",
            "https://federalgovernmentjobs.us/jobs/Director-840609900.html",
            "FederalGovernmentJobs.us, copia de un anuncio de USAJOBS, en inglés",
        ),
        source(
            "Cómo escribir las ECQ: la Qualifications Review Board desde 2025",
            "https://www.federalwarrior.com/professional-development/writing-ecqs.html",
            "Federal Warrior, en inglés",
        ),
        source(
            "Boletín de examen EX-1753: Information Technology Supervisor I",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1753",
            "CalCareers, en inglés",
        ),
        source(
            "Boletín de examen EX-1755: Information Technology Manager II",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1755",
            "CalCareers, en inglés",
        ),
        source(
            "Sobre las Career Executive Assignments",
            "https://www.calhr.ca.gov/Pages/about-career-executive-assignments.aspx",
            "Departamento de Recursos Humanos de California (CalHR), en inglés",
        ),
        source(
            "Manual de CalHR, 1203: niveles y rango salarial de las Career Executive Assignments",
            "http://hrmanual.calhr.ca.gov/Home/ManualItem/1/1203",
            "Departamento de Recursos Humanos de California (CalHR), en inglés",
        ),
        source(
            "Código Administrativo de Los Ángeles: puestos de gerente general (clase 9380)",
            "https://codelibrary.amlegal.com/codes/los_angeles/latest/laac/0-0-0-13244",
            "Ciudad de Los Ángeles, en inglés",
        ),
        source(
            "El alcalde Garcetti propone un nuevo CIO para la Ciudad (2015)",
            "https://mynewsla.com/government/2015/07/30/garcetti-nominates-new-city-chief-information-officer/",
            "MyNewsLA, en inglés",
        ),
        source(
            "La Ciudad de Los Ángeles busca un CIO adjunto",
            "https://insider.govtech.com/california/news/opportunity-alert-west-coast-city-seeks-deputy-cio.html",
            "Government Technology (Industry Insider California), en inglés",
        ),
        source(
            "El CIO del Condado de Los Ángeles mejora la comunicación y lanza servicios comunes (2014)",
            "https://www.govtech.com/local/Los-Angeles-County-CIO-Improves-Communication-Deploys-Enterprise-Services.html",
            "Government Technology, en inglés",
        ),
        source(
            "Código del Condado de Los Ángeles: reclutamiento de jefes de departamento (capítulo 2.06, reforma de 2004)",
            "https://library.municode.com/ca/los_angeles_county/codes/code_of_ordinances",
            "Condado de Los Ángeles (Municode), en inglés",
        ),
        source(
            "Principios de seguridad de la Oficina del CIO",
            "https://ceo.lacounty.gov/cio-security-guiding-principles/",
            "Oficina Ejecutiva del Condado de Los Ángeles, en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
