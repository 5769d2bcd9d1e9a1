"""The interface language, the 404 page and the base template, on the bare page tree."""


def test_interface_is_dutch_by_default(client, site_tree):
    html = client.get("/").content.decode()
    assert '<html lang="nl">' in html
    assert "Inloggen" in html
    assert "Naar de inhoud" in html


def test_interface_is_dutch_whatever_the_browser_asks(client, site_tree):
    """A browser set to English still gets Dutch (docs/style-guide.md, "Language"): the content
    is Dutch only, so there is no English mode to fall into."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    html = response.content.decode()
    assert response["Content-Language"] == "nl"
    assert '<html lang="nl">' in html
    assert "Inloggen" in html and "Log in" not in html


def test_there_is_no_english_mode_to_switch_to(client, site_tree):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert client.get("/taal/en/?next=/").status_code == 404
    client.cookies["django_language"] = "en"
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="nl">' in html
    assert "Inloggen" in html
    assert 'hreflang="en"' not in html


def test_not_found_page_is_dutch_and_helpful(client, site_tree):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_base_template_has_landmarks_and_skip_link(client, site_tree):
    html = client.get("/").content.decode()
    for landmark in (
        "<header",
        "<nav",
        '<main id="main"',
        "<footer",
        '<a class="skip-link utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main"',
    ):
        assert landmark in html
    assert 'media="print"' in html


def test_sections_are_in_the_menu(client, site_tree):
    html = client.get("/").content.decode()
    for title, url in [
        ("Handboek", "/handboek/"),
        ("Bouwstenen", "/bouwstenen/"),
        ("Casusbank", "/casusbank/"),
        ("Leren en LOT", "/leren/"),
    ]:
        assert f'href="{url}">{title}</a>' in html
        assert client.get(url).status_code == 200


def test_pages_forbid_framing(client, site_tree):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
