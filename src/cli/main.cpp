#include "vitk/cli/cli.hpp"

int main(int argc, char** argv) { return vitk::run(argc, argv); }
