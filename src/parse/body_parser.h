// Body fields: the summary and the signers, parsed by one file each.
#pragma once

#include "signer_parser.h"
#include "summary_parser.h"
