"""The embedded default's mail: printed to the console and kept as readable .eml files."""

from django.core.mail.backends.console import EmailBackend as ConsoleBackend
from django.core.mail.backends.filebased import EmailBackend as FileBackend


class ReadableMailBackend(FileBackend):
    """Writes each mail to EMAIL_FILE_PATH and prints it, so a developer sees codes and links."""

    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        ConsoleBackend().send_messages(email_messages)
        return sent
