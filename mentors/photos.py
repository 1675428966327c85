"""Mentor photos: decoded with Pillow to prove they are images, re-encoded without EXIF."""

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_PIXELS = 800
PHOTO_FORMATS = frozenset({"JPEG", "PNG", "WEBP"})
_UNREADABLE = _(
    "Diese Datei können wir nicht als Foto lesen. Bitte wählen Sie ein JPEG, PNG oder WebP."
)


def photo_normalise(*, upload: UploadedFile) -> ContentFile:
    """A JPEG of at most 800 px without metadata, or a ValidationError a person can act on."""
    if upload.size > PHOTO_MAX_BYTES:
        raise ValidationError(_("Das Foto ist größer als 5 MB. Bitte wählen Sie ein kleineres."))
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in PHOTO_FORMATS:
                raise ValidationError(_("Bitte laden Sie ein Foto als JPEG, PNG oder WebP hoch."))
            image.load()
            # Turn the pixels as the camera meant, then drop all metadata by copying pixels only.
            image = ImageOps.exif_transpose(image).convert("RGB")
            image.thumbnail((PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS))
            clean = Image.new("RGB", image.size)
            clean.paste(image)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(_UNREADABLE) from error
    out = BytesIO()
    clean.save(out, format="JPEG", quality=85, optimize=True)
    return ContentFile(out.getvalue(), name="photo.jpg")
