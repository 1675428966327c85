"""Words that say nothing about what a question is about, in their folded spelling.

German: Snowball's German stop list (BSD licence), folded (ä → ae, ß → ss), plus the question and
filler words founders write around their question ("wie", "brauche", "gibt", "bitte"), and the
gender endings that a colon or star splits off ("Gründer:innen"). English: Snowball's English
list with the same kind of additions. Content words ("Geld", "Amt", "Firma") are never here:
rarity decides their weight, not this list.
"""

GERMAN = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
    anderes anderm andern anders auch auf aus bei beim bekomme bekommen bereits bin bis bist
    bitte brauche brauchen braucht da damit danke dann darf das dass dasselbe dazu dein deine
    deinem deinen deiner deines dem demselben den denn denselben der derer derselbe derselben
    des desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses dir
    doch dort du duerfen durch eigentlich ein eine einem einen einer eines einig einige einigem
    einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer eures frage
    fragen fuer ganz gegen gehen geht gemacht genau gern gerne gewesen gibt gibts hab habe haben
    habt hallo hat hatte hatten helfen hier hilfe hin hinter ich ihm ihn ihnen ihr ihre ihrem
    ihren ihrer ihres im immer in indem innen ins ist jede jedem jeden jeder jedes jene jenem
    jenen jener jenes jetzt kann kannst kein keine keinem keinen keiner keines koennen koennt
    koennte kriege kriegen mache machen macht mal man manche manchem manchen mancher manches
    mein meine meinem meinen meiner meines mich mir mit moechte moechten muessen muss musst
    musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen
    seiner seines selbst sich sie sind so solche solchem solchen solcher solches soll sollen
    sollst sollte sondern sonst tun ueber um und uns unsere unserem unseren unserer unseres
    unter viel vielleicht vom von vor waehrend wann war waren warst warum was weg weil weiter
    welche welchem welchen welcher welches wem wen wenn wer werde werden weshalb wie wieder
    wieso wieviel wieviele will wir wird wirst wo wofuer woher wohin wollen wollte womit worauf
    wuerde wuerden zu zum zur zwar zwischen
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

ENGLISH = frozenset(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    get got had has have having he hello help her here hers herself him himself his how i if in
    into is it its itself just may me more most must my myself need needs no nor not now of off
    on once only or other our ours ourselves out over own please same shall she should so some
    such than thanks that the their theirs them themselves then there these they this those
    through to too under until up very want wants was we were what when where which while who
    whom why will with would you your yours yourself yourselves
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

STOPWORDS = {"de": GERMAN, "en": ENGLISH}
