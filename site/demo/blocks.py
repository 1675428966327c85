"""A demo guide block as Wagtail stores it: the content's topic slugs become topic ids."""

import uuid

from vocabulary.models import Topic


def raw_block(block_type: str, value: object, topics: dict[str, Topic]) -> dict:
    if block_type == "experts":
        value = {**value, "topic": topics[value["topic"]].pk}
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}
