# help2man writes its own headings in the language of the build's locale,
# which a build machine rarely has in French (help2man needs fr_FR.UTF-8
# generated), and it finds the synopsis only after "Usage:". The French page
# gets its headings here, in the words of Debian's French manual pages
# (man-pages-fr), and its synopsis from the "Usage :" or "Utilisation :" line
# of --help, with the program's name rather than the path it was run from.
#
#   cmake -DPAGE=page.1 -DPROGRAM=paliers -P headings-fr.cmake
file(READ ${PAGE} _page)
string(REPLACE ".SH NAME\n" ".SH NOM\n" _page "${_page}")
string(REPLACE "\"User Commands\"" "\"Commandes de l'utilisateur\"" _page "${_page}")
string(REGEX MATCH "\n(\\.PP\n)?(Usage|Utilisation) : [^ \n]+ ([^\n]*)\n" _usage "${_page}")
if(NOT _usage)
    message(FATAL_ERROR "${PAGE}: no « Usage : » line in the French --help of ${PROGRAM}")
endif()
set(_arguments "${CMAKE_MATCH_3}")
string(REPLACE "${_usage}" "\n" _page "${_page}")
string(REPLACE "-" "\\-" _name "${PROGRAM}")
string(REPLACE ".SH DESCRIPTION\n" ".SH SYNOPSIS\n.B ${_name}\n${_arguments}\n.SH DESCRIPTION\n" _page "${_page}")
file(WRITE ${PAGE} "${_page}")
