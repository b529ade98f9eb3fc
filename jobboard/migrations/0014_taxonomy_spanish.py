"""The taxonomy's names in Spanish (organizers edit them with each term in the Wagtail admin)."""

from django.db import migrations

ROLE_FAMILIES = {
    "software-engineering": "Ingeniería de software",
    "infrastructure-operations": "Infraestructura, nube y operaciones",
    "it-support": "Soporte y servicio de TI",
    "cybersecurity": "Ciberseguridad y privacidad",
    "data-analytics": "Datos, análisis e IA",
    "product-delivery": "Producto, proyectos y entrega",
    "systems-analysis": "Análisis de negocio y sistemas",
    "design-research": "Diseño, investigación y contenido",
    "architecture": "Arquitectura",
    "policy-acquisition": "Política tecnológica, gobernanza y adquisiciones",
    "it-leadership": "Liderazgo tecnológico",
}
SENIORITY_LEVELS = {
    "intern": "Pasante, becario, aprendiz",
    "entry": "Nivel inicial",
    "mid": "Nivel intermedio",
    "senior": "Sénior",
    "lead": "Líder, principal, supervisor",
    "executive": "Dirección, jefatura",
}


def add(apps, schema_editor):
    for model, translation, names in [
        ("RoleFamily", "RoleFamilyTranslation", ROLE_FAMILIES),
        ("SeniorityLevel", "SeniorityLevelTranslation", SENIORITY_LEVELS),
    ]:
        Term, Translation = (
            apps.get_model("jobboard", model),
            apps.get_model("jobboard", translation),
        )
        for term in Term.objects.filter(slug__in=names):
            Translation.objects.get_or_create(
                term=term, language="es", defaults={"name": names[term.slug]}
            )


def remove(apps, schema_editor):
    for translation in ("RoleFamilyTranslation", "SeniorityLevelTranslation"):
        apps.get_model("jobboard", translation).objects.filter(language="es").delete()


class Migration(migrations.Migration):
    dependencies = [("jobboard", "0013_taxonomy_translations")]

    operations = [migrations.RunPython(add, remove)]
