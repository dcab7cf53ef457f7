"""Permission checks in real Django for users and groups described as data."""
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command


def perms(op):
    call_command("migrate", verbosity=0)
    User.objects.all().delete()
    Group.objects.all().delete()
    perm = lambda label: Permission.objects.get(content_type__app_label=label.split(".")[0], codename=label.split(".")[1])
    for name, labels in op["groups"].items():
        Group.objects.create(name=name).permissions.set([perm(p) for p in labels])
    answers = {}
    for spec in op["users"]:
        user = User.objects.create(username=spec["username"], is_active=spec.get("is_active", True), is_superuser=spec.get("is_superuser", False))
        user.groups.set(Group.objects.filter(name__in=spec.get("groups", [])))
        user.user_permissions.set([perm(p) for p in spec.get("perms", [])])
        user = User.objects.get(pk=user.pk)
        answers[spec["username"]] = {
            "has_perm": [user.has_perm(p) for p in op["checks"]],
            "has_perms": user.has_perms(op["checks"][:2]),
            "module": [user.has_module_perms(app) for app in op["apps"]],
            "all": sorted(user.get_all_permissions()),
        }
    return answers
