"""De-identifier of the case bank: deduce plus a layer for Dutch youth-care texts.

Django-free; the ``anonymise_text`` management command and the submission flow both call
:func:`deidentify`.

Public API
----------
``deidentify(text, known=(), state=None, *, generalise_municipality=False) -> Result``
    Replace every identifier in ``text`` by a label.

    - ``known``: the submitter's names and places, each a :class:`KnownEntity` or a string
      (``"Sandra"``, or ``"Sandra=moeder"``). A known name becomes its label wherever it occurs,
      also as a bare first name or surname; without a label a person gets ``[persoon N]``.
    - ``state``: a :class:`LabelState` shared by all texts of one case, so the same person gets
      the same label in each of them. Without one, every call starts afresh.
    - ``generalise_municipality``: the ten H10 municipality names stay in the text by default
      (listed in ``Result.kept`` for the separate risk check); ``True`` replaces them by
      ``[gemeente]``.

``Result``
    ``.text`` (the replaced text), ``.findings`` (list of :class:`Finding`, sorted, never
    overlapping), ``.kept`` (identifying mentions deliberately left in place) and
    ``.as_json()`` -> ``{"text": str, "findings": [{"start", "end", "kind", "replacement"}]}``
    without the originals.

``Finding``
    ``start`` and ``end`` are offsets in the ORIGINAL text (``text[start:end] == original``);
    ``kind`` is one of person, known, address, postcode, place, municipality, school,
    institution, date, age, email, phone, iban, licence_plate, case_number, bsn, account, url,
    id_number; ``replacement`` is the label. Where a role word right before a labelled name
    already says what the label says ("Moeder Sandra" with ``Sandra=moeder``), the finding
    covers the name and its joints (" Sandra") and its replacement is what the label adds to
    the role, often ``""``: the text reads "Moeder", not "Moeder moeder".

``get_deduce()``
    The process-wide deduce model, built lazily once (thread-safe).

Labels: ``[persoon N]``, the submitter's own labels, ``[adres]``, ``[postcode]``, ``[plaats]``,
``[gemeente]``, ``[school]``, ``[instelling]``, seasons for dates (``[voorjaar 2021]``, or
``[datum]`` without a year), age bands (``[6-11 jaar]``, ``[12-17-jarige]``), ``[e-mail]``,
``[telefoonnummer]``, ``[iban]``, ``[kenteken]``, ``[zaaknummer]``, ``[bsn]``, ``[account]``,
``[link]``, ``[nummer]``. See ``docs/anonymisation.md``.
"""

from .labels import LabelState
from .model import get_deduce
from .pipeline import deidentify
from .results import Finding, KnownEntity, Result

__all__ = ["Finding", "KnownEntity", "LabelState", "Result", "deidentify", "get_deduce"]
