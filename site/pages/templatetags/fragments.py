"""{% fragment "name" value … %} … {% endfragment %}: the fragment cache (pages/fragments.py)."""

from django import template
from django.template import TemplateSyntaxError

from pages.fragments import PersonalValue, fragment_get, fragment_key, fragment_set

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list, unless=None) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.unless = unless

    def render(self, context) -> str:
        request = context.get("request")
        # Without a request nothing tells a preview from the live page: render, keep nothing.
        if (
            request is None
            or getattr(request, "is_preview", False)
            or (self.unless is not None and self.unless.resolve(context))
        ):
            return self.nodelist.render(context)
        key = fragment_key(
            request, name=self.name, vary_on=[value.resolve(context) for value in self.vary_on]
        )
        html = fragment_get(request, key)
        if html is not None:
            return html
        token, nonce = PersonalValue(), PersonalValue()
        with context.push(csrf_token=token, CSP_NONCE=nonce):
            html = self.nodelist.render(context)
        if token.used or nonce.used:
            return self.nodelist.render(context)  # this visitor's own token or nonce, unstored
        fragment_set(request, key, html)
        return html


@register.tag("fragment")
def do_fragment(parser, token) -> FragmentNode:
    """{% fragment "name" value … [unless=condition] %}: `unless` renders afresh every time
    while the condition holds (a bound form shows what one visitor typed)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise TemplateSyntaxError("{% fragment %} needs a quoted name first.")
    unless = None
    if bits[-1].startswith("unless="):
        unless = parser.compile_filter(bits.pop()[len("unless=") :])
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    return FragmentNode(nodelist, bits[1][1:-1], vary_on, unless)
