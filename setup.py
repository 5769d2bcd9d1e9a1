"""Package layout.

The folder ``site/`` is installed under the import name ``samenspel``: ``site`` is a standard-library
module imported at interpreter start, so a package of that name could never be imported.

Folders that hold only data (templates, static files, translations, data files) have no
``__init__.py``; they are found as namespace packages so that setuptools ships their files as
package data without warning that a data folder is "absent from the packages configuration".
"""

from setuptools import find_namespace_packages, setup

APPS = ["toolkit", "learning", "casebank", "embed"]  # learning.feedback is a subpackage of learning
DATA = ["templates/**/*", "static/**/*", "locale/**/*", "**/*.json", "**/*.jsonl", "**/*.yaml"]
EXCLUDE = ["*.__pycache__"]


def samenspel_packages():
    found = find_namespace_packages(include=["site", "site.*"], exclude=EXCLUDE)
    return ["samenspel" + name[len("site") :] for name in found]


def app_packages():
    include = [pattern for app in APPS for pattern in (app, f"{app}.*")]
    return find_namespace_packages(include=include, exclude=EXCLUDE)


setup(
    packages=samenspel_packages() + app_packages(),
    package_dir={"samenspel": "site"},
    package_data=dict.fromkeys(["samenspel", *APPS], DATA),
)
