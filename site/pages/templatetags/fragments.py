"""{% fragment "name" value … %} … {% endfragment %}: the fragment cache (pages/fragments.py)."""

from django import template
from django.template import TemplateSyntaxError

from pages.fragments import PersonalValue, fragment_get, fragment_key, fragment_set

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context) -> str:
        request = context.get("request")
        # Without a request nothing tells a preview from the live page: render, keep nothing.
        if request is None or getattr(request, "is_preview", False):
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
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise TemplateSyntaxError("{% fragment %} needs a quoted name first.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]])
