#include "CliApplication.h"

int CliApplication::run(int, char*[])
{
    return 0;
}
