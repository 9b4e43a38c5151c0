#!/usr/bin/env node
import { parseRoadmapMarkdown } from '../importer/index.js';
import { validateRoadmap } from '../model/index.js';
console.log(parseRoadmapMarkdown('# x').coverage, validateRoadmap({}).diagnostics.length);
