import { hello } from '@infra-fleet/action-kit';
import * as core from '@actions/core';
core.info(hello('x'));
