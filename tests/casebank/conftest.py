import pytest

from casebank import approval, submission
from casebank.choices import CaseType, Kader, Outcome, Region

STORY = {
    "title": "Samen met Sandra de Vries",
    "family": "Moeder Sandra de Vries met haar zoon Noah (9 jaar) en dochter Lisa.",
    "trigger": "Op 15 maart 2021 meldde de school De Regenboog zorgen over Noah.",
    "course": "Sandra en de jeugdbeschermer maakten een tijdslijn.\n\nDaarna ging Noah naar "
    "De Regenboog met een plan. Lisa bleef thuis bij Sandra.",
    "outcome": "Geen melding bij de Jeugdbeschermingstafel nodig.",
    "quotes": "moeder: Sandra voelde zich gehoord.",
}
KNOWN = ["Sandra de Vries = moeder", "Noah", "Lisa", "De Regenboog"]
FACTS = {
    "case_type": CaseType.OTS_PREVENTED,
    "outcome_kind": Outcome.WELL,
    "region": Region.MEDIUM_MUNICIPALITY,
    "kader": Kader.VOLUNTARY,
    "period": "2021",
    "products": ["2a"],
    "legal_steps": [],
    "building_blocks": ["weging", "tijdslijn"],
}


@pytest.fixture
def submit_case(django_capture_on_commit_callbacks):
    """Submit STORY as ``user`` and run the (immediate) de-identification task."""

    def submit(user, organisation, story=STORY, known=KNOWN, facts=FACTS):
        with django_capture_on_commit_callbacks(execute=True):
            case = submission.submit(
                submitter=user,
                organisation=organisation,
                known_names=known,
                sections=story,
                structured=facts,
            )
        case.refresh_from_db()
        return case

    return submit


@pytest.fixture
def draft(professional, delft, submit_case):
    """A case de-identified and waiting for its submitter's review."""
    return submit_case(professional, delft)


@pytest.fixture
def confirmed(draft, professional):
    submission.confirm(draft, professional)
    draft.refresh_from_db()
    return draft


@pytest.fixture
def published(confirmed, editor):
    approval.approve(confirmed, editor)
    confirmed.refresh_from_db()
    return confirmed
