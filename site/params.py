"""Reading numbers from query strings without server errors.

``int("9223372036854775808")`` works in Python but the number does not fit a database integer
(psycopg raises OverflowError, PostgreSQL "out of range"); ``"²".isdigit()`` is true but
``int("²")`` fails. Views read id-like query parameters through ``int_param`` instead.
"""

import re

# The largest value every integer column holds (PostgreSQL integer; ids are bigint or integer).
DB_INT_MAX = 2**31 - 1
ASCII_NUMBER = re.compile(r"^[0-9]{1,10}$")


def parse_int(value, *, minimum=0, maximum=DB_INT_MAX):
    """``value`` as an int when it is plain ASCII digits within [minimum, maximum], else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not ASCII_NUMBER.match(text):
        return None
    number = int(text)
    return number if minimum <= number <= maximum else None


def int_param(query, name, default=None, *, minimum=0, maximum=DB_INT_MAX):
    """The query parameter ``name`` (the last one when repeated) as an int, or ``default`` when
    it is missing, not a number, or outside [minimum, maximum]."""
    number = parse_int(query.get(name), minimum=minimum, maximum=maximum)
    return default if number is None else number


def int_list_param(query, name, *, minimum=0, maximum=DB_INT_MAX):
    """Every value of a repeated parameter that is a valid int (others are left out)."""
    numbers = (parse_int(value, minimum=minimum, maximum=maximum) for value in query.getlist(name))
    return [number for number in numbers if number is not None]
