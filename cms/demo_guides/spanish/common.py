"""What the Spanish guides share: how hiring works at each level of government, the advice
for displaced federal workers, tips and sources, in Spanish."""

from __future__ import annotations

from typing import Any

from cms.demo_guides.common import FEDERAL_PAY, path
from cms.demo_guides.helpers import level


def nivel(
    seniority: str, titles: str, classes: str, pay_min: int, pay_max: int, what_changes: str
) -> dict[str, Any]:
    """A rung of the ladder, with the federal grades written the Spanish way (GS-9 a GS-11)."""
    row = level(seniority, titles, classes, pay_min, pay_max, what_changes)
    row["federal_grades"] = FEDERAL_PAY[seniority][0].replace(" to ", " a ")
    return row


def nombres(english: list[dict[str, str]], notes: dict[str, str]) -> list[dict[str, str]]:
    """The English guide's titles by employer (official titles stay English), with notes in
    Spanish (``notes``: level of government to note; a level not named has none)."""
    return [{**row, "note": notes.get(row["level"], "")} for row in english]


def caminos(
    *, federal: str, state: str, county: str, city: str, nonprofit: str
) -> list[dict[str, Any]]:
    """The five hiring paths in Spanish, each with the guide's own sentence for it."""
    return [
        path(
            "federal",
            "USAJOBS (usajobs.gov)",
            "<p>Todos los empleos federales se publican en USAJOBS con una fecha de cierre, un "
            "grado y una declaración de <b>experiencia especializada</b>: por lo general, un año "
            "de trabajo en el grado inmediatamente inferior. Su currículum debe mostrar esa "
            "experiencia con sus propias palabras, con fechas y horas por semana; desde 2025 el "
            "currículum federal tiene un límite de dos páginas. Conteste el cuestionario con "
            "honestidad, porque sus respuestas se comparan con el currículum. Muchos empleos de "
            "TI ahora usan una entrevista técnica con especialistas (SME-QA) en lugar de una "
            "autoevaluación.</p><p>" + federal + "</p>",
            "de 3 a 6 meses",
        ),
        path(
            "state",
            "CalCareers (calcareers.ca.gov)",
            "<ol><li>Cree una cuenta en CalCareers.</li><li>Presente el <b>examen</b> de la "
            "clasificación (la mayoría de los exámenes de TI son cuestionarios en línea que se "
            "pueden presentar en cualquier momento).</li><li>Al aprobar, usted entra en la "
            "<b>lista de elegibles</b> de esa clasificación.</li><li>Postúlese a cada vacante "
            "con la solicitud estatal (STD 678) y, con frecuencia, una Declaración de "
            "Calificaciones (Statement of Qualifications).</li></ol><p>" + state + "</p>",
            "de 2 a 4 meses una vez en la lista",
        ),
        path(
            "county",
            "Empleos del Condado de LA (lacounty.gov/jobs, en governmentjobs.com)",
            "<p>El Condado contrata por <b>especificación de clase</b>: cada clase tiene "
            "requisitos mínimos por escrito. Los exámenes abiertos se anuncian con un periodo "
            "de inscripción; el examen puede ser un cuestionario, una prueba escrita o una "
            "entrevista, y la calificación lo coloca en una banda de la lista de elegibles de la "
            "que contratan los departamentos. Lea primero la especificación de la clase: dice "
            "exactamente qué experiencia y qué estudios cuentan.</p><p>" + county + "</p>",
            "de 2 a 6 meses",
        ),
        path(
            "city",
            "Departamento de Personal de la Ciudad de Los Ángeles (per.lacity.gov)",
            "<p>Los empleos de la Ciudad son clases del servicio civil con exámenes a cargo del "
            "Departamento de Personal. Suscríbase a los avisos de exámenes, inscríbase durante "
            "el periodo de inscripción, presente el examen (a menudo una prueba escrita y una "
            "entrevista) y quedará clasificado en una lista de elegibles. El programa "
            "<b>Targeted Local Hire</b> ofrece una entrada a algunas clases iniciales sin examen "
            "competitivo. Otras ciudades del condado (Long Beach, Pasadena, Santa Mónica y "
            "más) tienen sus propios exámenes, parecidos.</p><p>" + city + "</p>",
            "de 3 a 6 meses",
        ),
        path(
            "nonprofit",
            "Portales de empleo de cada organización (Greenhouse, Lever), Idealist",
            "<p>Las organizaciones sin fines de lucro de tecnología cívica y las empresas de "
            "beneficio público (Code for America, U.S. Digital Response, CivicActions y otras) "
            "contratan como las empresas de tecnología: un currículum breve, una llamada con "
            "reclutamiento, un ejercicio práctico y entrevistas con un panel. Muchas ofrecen "
            "trabajo remoto y publican el rango de sueldo en el anuncio.</p><p>"
            + nonprofit
            + "</p>",
            "de 3 a 8 semanas",
        ),
    ]


CAMINO_FEDERAL = (
    "<p>Su experiencia federal cuenta en todo lo que describe esta guía. Tradúzcala: nombre los "
    "sistemas, los usuarios y los resultados, no solo el grado y la serie. Si lo separaron en "
    "una reducción de personal (RIF), pregunte en su agencia por el <b>Interagency Career "
    "Transition Assistance Plan (ICTAP)</b>, que da prioridad de selección a empleados "
    "desplazados bien calificados para empleos federales en su zona, y tenga a mano su aviso de "
    "separación y su última evaluación de desempeño. Los exámenes del estado, del condado y de "
    "la ciudad reconocen la experiencia federal año por año cuando las funciones coinciden con "
    "la especificación de la clase.</p>"
)

FUENTES_COMUNES = [
    {
        "title": "Tablas de sueldos del General Schedule",
        "url": "https://www.opm.gov/policy-data-oversight/pay-leave/salaries-wages/",
        "publisher": "Oficina de Administración de Personal de EE. UU. (OPM), en inglés",
    },
    {
        "title": "Centro de ayuda de USAJOBS: cómo postularse",
        "url": "https://help.usajobs.gov/",
        "publisher": "USAJOBS, en inglés",
    },
    {
        "title": "Escalas salariales de las clasificaciones estatales",
        "url": "https://www.calhr.ca.gov/",
        "publisher": "Departamento de Recursos Humanos de California (CalHR)",
    },
    {
        "title": "Cómo solicitar un empleo estatal",
        "url": "https://www.calcareers.ca.gov/",
        "publisher": "CalCareers",
    },
    {
        "title": "Oportunidades de empleo y especificaciones de clase",
        "url": "https://hr.lacounty.gov/",
        "publisher": "Departamento de Recursos Humanos del Condado de Los Ángeles",
    },
    {
        "title": "Empleos de la Ciudad, exámenes y el programa Targeted Local Hire",
        "url": "https://per.lacity.gov/",
        "publisher": "Departamento de Personal de la Ciudad de Los Ángeles",
    },
]

CONSEJOS_COMUNES = [
    {
        "type": "callout",
        "value": {
            "kind": "important",
            "heading": "Postúlese antes de la fecha de cierre, y léala dos veces",
            "text": "<p>Los anuncios del gobierno cierran a una hora fija, y algunos cierran "
            "antes si reciben cierto número de solicitudes. Los anuncios \u201ccontinuos\u201d "
            "siguen abiertos, pero las listas suelen revisarse por tandas: postúlese pronto.</p>",
        },
    },
    {
        "type": "question",
        "value": {
            "question": "¿Necesito un título universitario?",
            "answer": "<p>Muchas veces no. La mayoría de las clases de TI del gobierno aceptan "
            "experiencia en lugar de un título, año por año, y los empleos federales de IT "
            "Specialist (2210) no exigen título. La especificación de la clase o la sección de "
            "\u201cqualifications\u201d del anuncio dice exactamente qué cuenta.</p>",
        },
    },
    {
        "type": "question",
        "value": {
            "question": "¿Cómo demuestro que mi experiencia coincide?",
            "answer": "<p>Use las palabras del anuncio, en inglés si el anuncio está en "
            "inglés. Si pide experiencia \u201cadministering Windows servers\u201d, escriba una "
            "línea que diga que usted administró servidores Windows, para quién, durante cuánto "
            "tiempo y con qué resultado. Quienes revisan las solicitudes comparan su currículum "
            "con los requisitos, línea por línea.</p>",
        },
    },
    {
        "type": "callout",
        "value": {
            "kind": "note",
            "heading": "Si habla español, dígalo",
            "text": "<p>El Condado y la Ciudad de Los Ángeles pagan un <b>bono por "
            "bilingüismo</b> a quienes usan otro idioma en el trabajo y aprueban una prueba de "
            "idioma. Mencione su español en la solicitud: para muchos servicios públicos es una "
            "habilidad buscada.</p>",
        },
    },
]
