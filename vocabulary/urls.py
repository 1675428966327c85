"""Vocabulary URLs (filled by the gazetteer's autocomplete)."""

app_name = "vocabulary"
urlpatterns: list = []
