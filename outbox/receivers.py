"""What the mail provider reports back (anymail's tracking signal, after webhook auth)."""

from outbox.services import mail_track


def tracking_received(sender, event, esp_name: str, **kwargs) -> None:
    mail_track(
        message_id=event.message_id,
        event_type=event.event_type,
        recipient=event.recipient,
        at=event.timestamp,
    )
