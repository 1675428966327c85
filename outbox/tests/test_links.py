from outbox.links import mail_link


def test_mail_link_is_absolute_and_in_the_readers_language(settings):
    settings.SITE_URL = "https://landvorteil.example/"
    german = mail_link(name="founders:confirm", language="de", token="abc")
    english = mail_link(name="founders:confirm", language="en", token="abc")

    assert german.startswith("https://landvorteil.example/")
    assert "//" not in german.removeprefix("https://")
    assert german.endswith("/abc/")
    assert english.startswith("https://landvorteil.example/en/")
    assert not german.startswith("https://landvorteil.example/en/")
