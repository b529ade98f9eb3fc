"""Guía de demostración: infraestructura y operaciones en el servicio público."""

from cms.demo_guides import infrastructure_operations as english
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
    "title": "Infraestructura y operaciones en el servicio público",
    "summary": "El personal de infraestructura y operaciones mantiene funcionando las redes, "
    "los servidores, las plataformas en la nube y las bases de datos de las que depende cada "
    "servicio público, también durante tormentas, incendios y emergencias.",
    "names": nombres(
        english.GUIDE["names"],
        {
            "federal": "casi todos en la serie 2210; los anuncios nuevos a veces ya no llevan el paréntesis",
            "state": "la infraestructura es el campo de System Engineering de la serie de TI",
            "county": "lea la especificación de la clase en hr.lacounty.gov antes de postularse",
            "city": "entre paréntesis, el código de clase de la Ciudad de Los Ángeles",
        },
    ),
    "the_work": [
        para(
            "<p>Cuando alguien solicita ayuda a medianoche, cuando la tableta de un bombero abre "
            "el plano de un edificio o cuando una llamada al 911 llega a la estación correcta, "
            "es porque alguien mantuvo en marcha la red, los servidores y las bases de datos que "
            "hay detrás. Este personal instala y actualiza sistemas, los vigila, hace copias de "
            "seguridad, los restablece cuando algo falla y planea lo que sigue, como el paso de "
            "los centros de datos antiguos a la nube.</p><p>El Estado de California llama a este "
            "trabajo el campo de <b>System Engineering</b> de sus clases de TI. La Ciudad de Los "
            "Ángeles describe a su Systems Administrator como quien mantiene funcionando los "
            "sistemas operativos, el almacenamiento y las redes, siguiendo las prácticas de ITIL "
            "para incidentes, cambios y versiones. La división de TI del Departamento de Policía "
            "de Los Ángeles, por ejemplo, tiene una sección entera dedicada a las redes.</p>"
        ),
        {
            "type": "callout",
            "value": {
                "kind": "note",
                "heading": "Mire más allá del título",
                "text": "<p>Pocos anuncios dicen \u201cSRE\u201d o \u201ccloud engineer\u201d. Busque \u201cIT Specialist (SYSADMIN)\u201d o \u201c(NETWORK)\u201d en USAJOBS, \u201cInformation Technology Specialist\u201d en CalCareers y \u201cSystems Administrator\u201d en la Ciudad, y lea las funciones del puesto.</p>",
            },
        },
    ],
    "day_in_the_work": [
        para(
            "<p>La mañana empieza con las alertas de la noche y el informe de las copias de "
            "seguridad. Aplica los parches de seguridad del mes a un grupo de servidores dentro "
            "de una ventana de cambios aprobada, ayuda a una clínica que se quedó sin conexión y "
            "participa en la reunión que revisa los cambios, donde explica con palabras sencillas "
            "el riesgo de actualizar un firewall. Por la tarde avanza en un proyecto: pasar los "
            "archivos compartidos de un departamento a la nube, o escribir el procedimiento que "
            "permite a quien esté de guardia restaurar una base de datos a las 3 de la mañana. "
            "Algunas semanas incluyen guardias y, de vez en cuando, un cambio de noche o en fin "
            "de semana.</p>"
        ),
    ],
    "levels": [
        nivel(
            "entry",
            "IT Specialist (SYSADMIN) GS-5 a GS-7; Information Technology Associate; Computer Operator",
            "Estado: IT Associate; Ciudad: Senior Computer Operator",
            47_490,
            76_476,
            "Vigila los sistemas, hace copias de seguridad y sigue procedimientos escritos, con "
            "supervisión. Pide lo que diga la especificación de la clase; un certificado de "
            "CompTIA o de fundamentos de la nube ayuda.",
        ),
        nivel(
            "mid",
            "IT Specialist (SYSADMIN o NETWORK) GS-9 a GS-11; Information Technology Specialist I",
            "Estado: IT Specialist I; Condado: Information Technology Specialist I; Ciudad: Systems Analyst",
            71_957,
            113_185,
            "Administra por su cuenta servidores, redes o bases de datos y atiende los casos "
            "difíciles. Pide un año en el nivel inferior (federal) o la experiencia mínima de la "
            "clase.",
        ),
        nivel(
            "senior",
            "IT Specialist (SYSADMIN, NETWORK u OS) GS-12 a GS-13; Information Technology Specialist II",
            "Estado: IT Specialist II; Condado: Information Technology Specialist II; Ciudad: Systems Administrator",
            104_349,
            161_313,
            "Diseña y mejora la plataforma, dirige cambios y la respuesta a las caídas, y orienta "
            "a otras personas. Suele pedir un certificado profesional (la Ciudad puede exigirlo "
            "por certificación selectiva).",
        ),
        nivel(
            "lead",
            "Supervisory IT Specialist GS-14 a GS-15; Information Technology Specialist III; IT Supervisor II",
            "Estado: IT Specialist III, IT Supervisor I y II; Ciudad: Senior Systems Analyst I y II",
            146_632,
            197_200,
            "Fija las normas de todo un entorno o supervisa una sección, como redes o el centro "
            "de datos, y planea su presupuesto y su personal.",
        ),
        nivel(
            "executive",
            "SES; Chief Technology Officer; Information Technology Manager II",
            "Estado: IT Manager I y II; Ciudad: Director of Systems",
            151_661,
            228_000,
            "Dirige la infraestructura de una organización como un servicio: estrategia, "
            "presupuesto, contratos y capacidad de resistir emergencias. Se llega dirigiendo a "
            "otros gerentes y programas grandes.",
        ),
    ],
    "skills": [
        skill(
            "skill",
            "Administración de Linux y Windows Server",
            "Los empleadores públicos usan ambos; Active Directory o Entra ID están en casi todas partes.",
            True,
        ),
        skill(
            "skill",
            "Fundamentos de redes",
            "TCP/IP, DNS, enrutamiento, VPN y firewalls; los operadores de mainframe de la Ciudad también trabajan con z/OS y UNIX.",
            True,
        ),
        skill(
            "skill",
            "Gestión de cambios, incidentes y versiones",
            "Los anuncios de la Ciudad mencionan ITIL; saber redactar una solicitud de cambio clara es importante.",
            True,
        ),
        skill(
            "skill",
            "Nube y automatización",
            "Azure, AWS o Google Cloud, y scripts en PowerShell, Bash o Python; la infraestructura como código suma.",
            False,
        ),
        skill(
            "skill",
            "Copias de seguridad y recuperación ante desastres",
            "Los servicios públicos deben seguir funcionando en una emergencia; los planes de recuperación se prueban, no solo se escriben.",
            False,
        ),
        skill(
            "credential",
            "CompTIA Network+ o Security+",
            "Muchos empleos federales de administración de sistemas piden Security+ o un equivalente.",
            False,
        ),
        skill(
            "credential",
            "Certificados de fabricantes",
            "Microsoft, Cisco, Red Hat o certificados de nube de nivel asociado; algunos puestos de la Ciudad se cubren solo con quienes tienen un certificado determinado.",
            False,
        ),
    ],
    "pay_notes": "<p>La columna de sueldo muestra el rango federal de 2026 para cada nivel en "
    "Los Ángeles (sueldos base del General Schedule con el ajuste del 36.47% para la zona de "
    "Los Ángeles, del escalón 1 del grado menor al escalón 10 del mayor, con un tope de "
    "$197,200; el Senior Executive Service va de $151,661 a $228,000). Los sueldos locales son "
    "distintos, y en el nivel sénior suelen ser más altos: el anuncio de Systems Administrator "
    "(1455) de la Ciudad de Los Ángeles, revisado en enero de 2025, da de $132,066 a $155,409 y "
    "dos rangos más altos, hasta $181,134 (más en el Departamento de Agua y Energía), y el de "
    "Senior Computer Operator (1428) da de $84,835 a $105,423 y de $95,776 a $118,995. En el "
    "Estado, Information Technology Specialist I paga de $6,139 a $8,228 al mes en el rango A, "
    "hasta $9,932 en el rango C, e Information Technology Supervisor I de $7,292 a $9,771 al "
    "mes. El anuncio siempre tiene la última palabra.</p>",
    "ways_in": [
        way_in(
            "students",
            "<p>Arme un laboratorio en casa: instale Linux en una computadora vieja, monte una red pequeña, descompóngala y arréglela. Los puestos de estudiante en un equipo de TI del Condado o de la Ciudad cuentan como experiencia, y el examen estatal de IT Associate es en línea y está abierto todo el año.</p>",
        ),
        way_in(
            "career-changers",
            "<p>Quienes dan soporte técnico en mesa de ayuda o en campo pasan a administrar sistemas todo el tiempo: pida acompañar al equipo de servidores, encárguese de los parches o de las copias de seguridad y documente lo que hizo. Network+ y un certificado de fundamentos de la nube muestran que está listo.</p>",
        ),
        way_in(
            "federal",
            CAMINO_FEDERAL
            + "<p>Quien administraba sistemas o redes en un GS-12 suele encajar en IT Specialist II del Estado o en Systems Administrator de la Ciudad; compare los rangos publicados con el suyo (un GS-12 en Los Ángeles gana de $104,349 a $135,657 en 2026). Nombre los sistemas, la cantidad de usuarios y la disponibilidad de la que era responsable, y guarde copias de sus certificados: para algunos puestos la Ciudad solo acepta a quienes tienen un certificado determinado.</p>",
        ),
        way_in(
            "experienced",
            "<p>Quienes vienen de la industria suelen calificar en el nivel sénior. Los equipos públicos valoran a quien moderniza con cuidado: pasar un sistema antiguo a la nube sin un día de interrupción y dejar los procedimientos escritos para el equipo que se queda.</p>",
        ),
    ],
    "hiring": caminos(
        federal="Busque la serie 2210 con \u201cSYSADMIN\u201d, \u201cNETWORK\u201d u \u201cOS\u201d, y la serie 0391 para telecomunicaciones. Muchos puestos piden una autorización de seguridad o Security+ dentro de un plazo después de la contratación.",
        state="Presente el examen de Information Technology Specialist I (en línea y continuo; puede repetirlo a los 12 meses) y luego postúlese a vacantes cuyas funciones mencionen servidores, redes o nube. Quien entra nuevo al Estado empieza en el mínimo del rango A, salvo que cumpla los criterios de rango alterno.",
        county="Busque los exámenes de Information Technology Specialist y de telecomunicaciones, y lea en cada anuncio si las funciones hablan de servidores, redes o nube.",
        city="Los anuncios de Systems Administrator (1455) dicen qué certificados permiten la certificación selectiva y que la experiencia adicional puede sustituir al título, año por año. Senior Computer Operator (1428) pide dos años operando mainframes grandes o sistemas UNIX/Linux y una licencia de manejar de California al momento del nombramiento.",
        nonprofit="Empresas de tecnología cívica como Nava contratan ingenieros de confiabilidad (SRE) y de DevOps para operar plataformas del gobierno; los distritos escolares y las organizaciones grandes contratan administradores de sistemas y de redes.",
    ),
    "tips": [
        *CONSEJOS_COMUNES,
        {
            "type": "callout",
            "value": {
                "kind": "tip",
                "heading": "Cuente lo que mantuvo funcionando",
                "text": "<p>Las cifras convencen: cuántos servidores, usuarios o sedes, qué disponibilidad, en cuánto tiempo restableció el servicio tras una caída.</p>",
            },
        },
    ],
    "resources": [
        resource(
            "Introducción a Linux (LFS101)",
            "https://training.linuxfoundation.org/training/introduction-to-linux/",
            "Linux Foundation (en inglés)",
            "course",
            "free",
            "Un curso gratuito, a su propio ritmo, sobre el sistema operativo de la mayoría de los servidores.",
        ),
        resource(
            "CompTIA Network+",
            "https://www.comptia.org/certifications/network",
            "CompTIA",
            "certification",
            "paid",
            "El primer certificado de redes más común.",
        ),
        resource(
            "Cursos gratuitos de Professor Messer",
            "https://www.professormesser.com/",
            "Professor Messer (en inglés)",
            "course",
            "free",
            "Videos gratuitos para Network+ y Security+.",
        ),
        resource(
            "Microsoft Learn en español",
            "https://learn.microsoft.com/es-es/training/",
            "Microsoft",
            "course",
            "free",
            "Rutas gratuitas de Windows Server, Azure y el examen Azure Fundamentals, en español.",
        ),
        resource(
            "AWS Skill Builder",
            "https://skillbuilder.aws/",
            "Amazon Web Services",
            "course",
            "free",
            "Cursos gratuitos de nube, incluida la preparación para Cloud Practitioner.",
        ),
    ],
    "sources": [
        source(
            "Serie 2210 (Information Technology Management): especialidades",
            "https://hru.gov/Studio_Recruitment/Occup_Toolkit_Series.aspx?group=2210",
            "HR University (OPM), en inglés",
        ),
        source(
            "Tabla salarial 2026-SF del General Schedule, con el aumento de 1% de 2026",
            "https://www.opm.gov/policy-data-oversight/pay-leave/salaries-wages/salary-tables/26Tables/html/SF.aspx",
            "Oficina de Administración de Personal de EE. UU. (OPM), en inglés",
        ),
        source(
            "Consolidación de las clases de TI del Estado (nueve clases, seis campos)",
            "https://www.calhr.ca.gov/employees/Pages/Information-Technology-Class-Consolidation.aspx",
            "Departamento de Recursos Humanos de California (CalHR)",
        ),
        source(
            "Convocatoria de examen: Information Technology Specialist I (EX-1750)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1750",
            "CalCareers",
        ),
        source(
            "Convocatoria de examen: Information Technology Supervisor I (EX-1753)",
            "https://calcareers.ca.gov/CalHrPublic/Exams/ExamBulletin.aspx?ExamControlId=1753",
            "CalCareers",
        ),
        source(
            "Anuncio de Systems Administrator 1455, revisado el 23 de enero de 2025 (copia publicada)",
            "https://tapwage.com/job/101395922-systems-administrator-1455-formerly-systems-programmer-e-revised-01-23-25",
            "Departamento de Personal de la Ciudad de Los Ángeles, vía Tapwage",
        ),
        source(
            "Senior Computer Operator (clase 1428): las especificaciones de clases de la Ciudad",
            "https://www.governmentjobs.com/careers/lacity/classspecs",
            "Departamento de Personal de la Ciudad de Los Ángeles, en inglés",
        ),
        source(
            "Clasificaciones de sistemas y sus funciones",
            "https://www.lapdonline.org/systems-classifications-and-their-job-descriptions/",
            "Departamento de Policía de Los Ángeles, en inglés",
        ),
        *FUENTES_COMUNES,
    ],
}
