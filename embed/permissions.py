"""Embed rules: an organisation's admins (and superusers) manage its intranet embedding."""

import rules

from samenspel.permissions import is_admin_of, is_superuser

rules.add_perm("embed.manage_embed", is_admin_of | is_superuser)
