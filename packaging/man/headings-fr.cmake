# help2man writes its own headings in the language of the build's locale,
# which a build machine rarely has in French (help2man needs fr_FR.UTF-8
# generated): the French page gets them here, in the words of the French
# manual pages of Debian (man-pages-fr).
file(READ ${PAGE} _page)
string(REPLACE ".SH NAME\n" ".SH NOM\n" _page "${_page}")
string(REPLACE "\"User Commands\"" "\"Commandes de l'utilisateur\"" _page "${_page}")
file(WRITE ${PAGE} "${_page}")
