"""Package layout.

The folder ``site/`` is installed under the import name ``samenspel``: ``site`` is a standard-library
module imported at interpreter start, so a package of that name could never be imported.
"""

from setuptools import find_packages, setup

APPS = ["toolkit", "learning", "casebank", "embed"]  # learning.feedback is a subpackage of learning
DATA = ["templates/**/*", "static/**/*", "locale/**/*", "**/*.json", "**/*.jsonl"]


def samenspel_packages():
    return ["samenspel" + name[len("site") :] for name in find_packages(include=["site", "site.*"])]


def app_packages():
    return find_packages(include=[pattern for app in APPS for pattern in (app, f"{app}.*")])


setup(
    packages=samenspel_packages() + app_packages(),
    package_dir={"samenspel": "site"},
    package_data=dict.fromkeys(["samenspel", *APPS], DATA),
)
