"""Without an ESP, mails are printed and kept as readable files (the embedded default)."""

from django.core import mail
from django.core.mail import EmailMessage


def test_dev_mail_is_printed_and_kept_as_a_readable_file(tmp_path, capsys, settings):
    settings.EMAIL_BACKEND = "config.mail.ReadableMailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path)
    EmailMessage("Ihr Anmeldecode", "Code: ABCD-EFGH für Jürgen", to=["a@example.org"]).send()
    files = list(tmp_path.iterdir())
    assert len(files) == 1
    assert "Code: ABCD-EFGH für Jürgen" in files[0].read_text(encoding="utf-8")
    assert "Code: ABCD-EFGH für Jürgen" in capsys.readouterr().out
    assert mail.outbox == []  # it really went through the readable backend
