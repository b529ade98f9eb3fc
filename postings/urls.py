"""/employers/: accounts (Django's auth views) and postings."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from postings import views as employers
from postings.forms import EmployerPasswordResetForm, EmployerSignInForm

app_name = "employers"

urlpatterns = [
    path("", employers.dashboard, name="dashboard"),
    path("signup/", employers.signup, name="signup"),
    path("verify/<str:uidb64>/<str:token>/", employers.VerifyEmailView.as_view(), name="verify"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="employers/login.html", authentication_form=EmployerSignInForm
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(next_page="/"), name="logout"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="employers/password_reset.html",
            email_template_name="employers/password_reset_email.txt",
            form_class=EmployerPasswordResetForm,
            success_url=reverse_lazy("employers:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="employers/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="employers/password_reset_confirm.html",
            success_url=reverse_lazy("employers:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="employers/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("postings/new/", employers.posting_form, name="new"),
    path("postings/suggest/", employers.suggest, name="suggest"),
    path("postings/<uuid:public_id>/edit/", employers.posting_form, name="edit"),
    path("postings/<uuid:public_id>/close/", employers.close_posting, name="close"),
    path("postings/<uuid:public_id>/extend/", employers.extend_posting, name="extend"),
]
