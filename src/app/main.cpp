#include "app/application.h"

int main(int argc, char **argv)
{
    return bcs::runApplication(argc, argv);
}
