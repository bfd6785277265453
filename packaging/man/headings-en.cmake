# The English page keeps help2man's headings (see headings-fr.cmake).
