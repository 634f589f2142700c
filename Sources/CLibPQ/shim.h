// Debian's libpq-dev puts the client header under postgresql/.
#include <postgresql/libpq-fe.h>
