"""The federal-to-local crosswalk as data organizers edit (docs/architecture.md, "From federal
service"). Every row says where its facts come from and when they were last checked; a row whose
facts are not yet confirmed says so, and blank pay means nobody could confirm a figure."""

from __future__ import annotations

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from jobboard.models import GovernmentLevel, RoleFamily, SeniorityLevel
from jobboard.models.taxonomy import other_languages

SOURCE_PANELS = MultiFieldPanel(
    [FieldPanel("source_url"), FieldRowPanel([FieldPanel("verified"), FieldPanel("last_checked")])],
    heading="Source",
)


class Sourced(models.Model):
    """Where a row's facts come from."""

    source_url = models.URLField(max_length=500, help_text="The public page the facts come from.")
    verified = models.BooleanField(
        default=True,
        help_text="Checked against the employer's or OPM's own page. Unchecked rows are shown "
        "with a warning.",
    )
    last_checked = models.DateField(help_text="When someone last compared the row with its source.")

    class Meta:
        abstract = True


class Technology(models.TextChoices):
    YES = "yes", "Technology work"
    SOMETIMES = "sometimes", "Technology work only when the title or duties say so"
    NO = "no", "Not technology work"


class FederalSeries(index.Indexed, Sourced):
    """An OPM occupational series, such as 2210 Information Technology Management."""

    code = models.CharField(
        max_length=4,
        unique=True,
        validators=[RegexValidator(r"^\d{4}$", "Four digits, such as 2210 or 0854.")],
    )
    title = models.CharField(max_length=120)
    role_family = models.ForeignKey(
        RoleFamily,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The role family this series usually means (blank when the title decides).",
    )
    technology = models.CharField(max_length=10, choices=Technology.choices)
    note = models.TextField(blank=True, help_text="What to tell someone from this series.")

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("title")]),
        FieldPanel("technology"),
        FieldPanel("role_family"),
        FieldPanel("note"),
        SOURCE_PANELS,
    ]
    search_fields = [index.SearchField("code"), index.SearchField("title")]

    class Meta:
        ordering = ["code"]
        verbose_name = "federal series"
        verbose_name_plural = "federal series"

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class Specialty(Sourced):
    """A 2210 specialty (the parenthetical in a title, such as INFOSEC) or a common title word,
    and the role family it means."""

    code = models.CharField(
        max_length=20, blank=True, help_text="The code written in titles, such as INFOSEC."
    )
    name = models.CharField(max_length=80)
    words = models.TextField(
        blank=True, help_text="Spelled-out forms and title words that mean it, one per line."
    )
    role_family = models.ForeignKey(RoleFamily, on_delete=models.CASCADE, related_name="+")

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldPanel("words"),
        FieldPanel("role_family"),
        SOURCE_PANELS,
    ]

    class Meta:
        ordering = ["-code", "name"]
        verbose_name_plural = "specialties"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})" if self.code else self.name


class PayPlan(Sourced):
    """A federal pay plan: graded (GS, GG, GL) or executive (SES, SL, ST)."""

    class Kind(models.TextChoices):
        GRADED = "graded", "Graded"
        EXECUTIVE = "executive", "Executive"

    code = models.CharField(max_length=4, unique=True)
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    pay_table = models.CharField(
        max_length=10,
        blank=True,
        help_text="The pay table its rates come from (blank: none shown).",
    )
    min_grade = models.PositiveSmallIntegerField(null=True, blank=True)
    max_grade = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.CharField(max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("pay_table")]),
        FieldRowPanel([FieldPanel("min_grade"), FieldPanel("max_grade")]),
        FieldPanel("note"),
        SOURCE_PANELS,
    ]

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class FederalPay(Sourced):
    """Annual federal pay for one grade of a pay table in one year (step 1 to step 10)."""

    year = models.PositiveSmallIntegerField()
    table = models.CharField(max_length=10)
    grade = models.PositiveSmallIntegerField(null=True, blank=True)
    locality = models.CharField(max_length=120)
    annual_min = models.PositiveIntegerField()
    annual_max = models.PositiveIntegerField()
    note = models.CharField(max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("table"), FieldPanel("grade")]),
        FieldPanel("locality"),
        FieldRowPanel([FieldPanel("annual_min"), FieldPanel("annual_max")]),
        FieldPanel("note"),
        SOURCE_PANELS,
    ]

    class Meta:
        ordering = ["-year", "table", "grade"]
        verbose_name = "federal pay"
        verbose_name_plural = "federal pay"
        constraints = [
            models.UniqueConstraint(
                fields=["year", "table", "grade"],
                name="one_pay_row_per_grade",
            )
        ]

    def __str__(self) -> str:
        grade = f"-{self.grade}" if self.grade else ""
        return f"{self.year} {self.table}{grade}"


class LocalEmployer(ClusterableModel, Sourced):
    """A state, county, city or nonprofit employer and how it hires, in the default language
    and (``translations``) in the site's other languages."""

    name = models.CharField(max_length=120, unique=True)
    government_level = models.CharField(max_length=20, choices=GovernmentLevel.choices)
    how_they_hire = models.TextField()
    time_to_hire = models.CharField(max_length=200, blank=True)
    apply_url = models.URLField(max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("government_level")]),
        FieldPanel("how_they_hire"),
        FieldPanel("time_to_hire"),
        FieldPanel("apply_url"),
        SOURCE_PANELS,
        InlinePanel("translations", heading="In other languages", label="Language"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def in_language(self, code: str) -> LocalEmployer | LocalEmployerTranslation:
        """What a reader of language ``code`` sees: its translation when it has one (read
        from a prefetch of ``translations``), else the employer itself."""
        return next((t for t in self.translations.all() if t.language == code), self)


class LocalEmployerTranslation(models.Model):
    """An employer's name and hiring process in another of the site's languages; a language
    with none shows the default wording, marked as such."""

    employer = ParentalKey(LocalEmployer, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=10, choices=other_languages)
    name = models.CharField(max_length=120)
    how_they_hire = models.TextField()
    time_to_hire = models.CharField(max_length=200, blank=True)

    panels = [
        FieldPanel("language"),
        FieldPanel("name"),
        FieldPanel("how_they_hire"),
        FieldPanel("time_to_hire"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["employer", "language"], name="employer_language")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"


class LocalClass(index.Indexed, Sourced):
    """A local job class (or a typical nonprofit title) equivalent to federal work of some role
    families at one seniority."""

    employer = models.ForeignKey(LocalEmployer, on_delete=models.CASCADE, related_name="classes")
    title = models.CharField(max_length=160)
    class_code = models.CharField(
        max_length=20,
        blank=True,
        help_text="Blank when the employer has none or it is unconfirmed.",
    )
    role_families = models.ManyToManyField(RoleFamily, related_name="+")
    seniority = models.ForeignKey(SeniorityLevel, on_delete=models.PROTECT, related_name="+")
    pay_min = models.PositiveIntegerField(
        null=True, blank=True, help_text="Annual US dollars. Blank when unconfirmed."
    )
    pay_max = models.PositiveIntegerField(null=True, blank=True)
    pay_note = models.CharField(max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("employer"), FieldPanel("class_code")]),
        FieldPanel("title"),
        FieldPanel("role_families", widget=forms.CheckboxSelectMultiple),
        FieldPanel("seniority"),
        FieldRowPanel([FieldPanel("pay_min"), FieldPanel("pay_max")]),
        FieldPanel("pay_note"),
        SOURCE_PANELS,
    ]
    search_fields = [index.SearchField("title"), index.SearchField("class_code")]

    class Meta:
        ordering = ["employer__name", "title"]
        verbose_name = "local class"
        verbose_name_plural = "local classes"
        constraints = [
            models.UniqueConstraint(fields=["employer", "title"], name="one_class_per_title")
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.employer})"
