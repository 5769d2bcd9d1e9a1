"""Reviewed: names that vulture reports as unused but that are reached in ways it cannot see.
Add a name here only with the reason; delete what is really dead instead."""

from learning import stats
from samenspel.renderers import FormRenderer

# Django's settings object, overridden by a benchmark before Django starts.
ALLOWED_HOSTS  # benchmarks/toolkit_render.py

# Read by the test that compares the de-identifier's recorded figures (evaluation data).
TEST_FIGURES  # casebank/deidentify/evaluate.py

# The statistics module's public functions, documented in docs/questionnaire-statistics.md and
# used by its tests and the synthetic-data checks.
stats.reverse_score
stats.report_from_responses
stats.compare_response_rounds

# Wagtail's Site model field, saved by seed_demo.
site_name  # site/demo.py

# Response attributes read by django-csp and Django's clickjacking middleware.
_csp_replace  # embed/headers.py
xframe_options_exempt  # embed/headers.py

# Read by Django's form machinery.
FormRenderer.form_template_name
FormRenderer.field_template_name

# Indexed by name: index.SearchField("search_stems") on the toolkit's page models.
search_stems  # toolkit/models/search.py, toolkit/models/glossary.py

# Tasks for a scheduler that enqueues them by dotted path (docs/privacy.md, docs/casebank.md);
# cron runs the management commands that do the same.
purge_abandoned_submissions  # casebank/tasks.py
apply_retention_task  # site/privacy/tasks.py

# Marks the management commands the scheduler runs; tests/site/test_deployment.py reads it and
# holds deploy/crontab to it.
scheduled  # */management/commands/*.py

# Registered by @checks.register; Django calls checks with app_configs as a keyword argument.
site_url_is_set  # site/checks.py
app_configs  # site/checks.py

# Literal types of the vocabulary, read by the content files' shapes (toolkit/demo_content.py,
# casebank/demo_content.py, learning/session_templates_content.py).
RoleKey  # toolkit/vocabulary.py
PhaseKey  # toolkit/vocabulary.py
ProductKey  # toolkit/vocabulary.py
StatusKey  # toolkit/vocabulary.py
FactorLevelKey  # toolkit/vocabulary.py
ClusterKey  # toolkit/vocabulary.py
WorksheetKindKey  # toolkit/vocabulary.py

# Wagtail reads a StructBlock's Meta.value_class (the worksheet's kind label in its template).
value_class  # toolkit/blocks.py

# Called by the apps' data migrations (vulture does not read migrations).
rename_keys  # site/datamigrations.py

# Django's SafeExceptionReporterFilter hooks, called by the error reporter (site/exceptionreporter.py).
get_post_parameters  # site/exceptionreporter.py
get_traceback_frame_variables  # site/exceptionreporter.py

# Called from the settings modules, which the dead-code scan leaves out (site/observability.py).
init_sentry  # site/settings/production.py
parse_admins  # site/settings/base.py

# Fields of django-tasks-db's task rows that the sweeper writes (site/sweeper.py).
finished_at  # site/sweeper.py
exception_class_path  # site/sweeper.py

# The held-out splits that carry a figures record; tests/casebank/test_deidentify_unseen.py
# parametrises over them.
recorded_splits  # casebank/deidentify/evaluate.py

# Page fields set on bulk-built building blocks in the growth benchmark (benchmarks/growth.py).
first_published_at  # benchmarks/growth.py
latest_revision_created_at  # benchmarks/growth.py
