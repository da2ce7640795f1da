/**
 * The pictograms a question may name for its answer options and follow-up chips. Each is an
 * OpenMoji colour SVG (CC BY-SA 4.0, credited on the About screen), imported one file at a time
 * so the build carries only these, never the whole set. Vite turns each import into the URL of a
 * hashed file beside the bundle, which the CSP's `img-src 'self'` already allows.
 *
 * Chosen for adults in a day centre: plain objects and gestures, no drink or drug imagery,
 * nothing childish, and only one face (the shrug, whose expression is neutral).
 */
import broom from 'openmoji/color/svg/1F9F9.svg';
import calendar from 'openmoji/color/svg/1F5D3.svg';
import clock from 'openmoji/color/svg/1F552.svg';
import coffee from 'openmoji/color/svg/2615.svg';
import handshake from 'openmoji/color/svg/1F91D.svg';
import heart from 'openmoji/color/svg/2764.svg';
import help from 'openmoji/color/svg/1F6DF.svg';
import house from 'openmoji/color/svg/1F3E0.svg';
import information from 'openmoji/color/svg/2139.svg';
import lightBulb from 'openmoji/color/svg/1F4A1.svg';
import listeningEar from 'openmoji/color/svg/1F442.svg';
import peopleTalking from 'openmoji/color/svg/E24A.svg';
import question from 'openmoji/color/svg/2754.svg';
import sandwich from 'openmoji/color/svg/1F96A.svg';
import shield from 'openmoji/color/svg/1F6E1.svg';
import shrug from 'openmoji/color/svg/1F937.svg';
import telephone from 'openmoji/color/svg/1F4DE.svg';
import thumbsDown from 'openmoji/color/svg/1F44E.svg';
import thumbsUp from 'openmoji/color/svg/1F44D.svg';
import type { PictogramName } from './names.ts';

export const pictogramUrls: Readonly<Record<PictogramName, string>> = {
  'thumbs-up': thumbsUp,
  'thumbs-down': thumbsDown,
  shrug,
  // Two speech balloons (an OpenMoji extra): the two-figure "people dialogue" blurs at chip size.
  'people-talking': peopleTalking,
  'listening-ear': listeningEar,
  handshake,
  // A plain clock face; the alarm clock would suggest hurry.
  clock,
  coffee,
  sandwich,
  house,
  shield,
  broom,
  // The spiral calendar has no printed date, so it cannot be read as one particular day.
  calendar,
  information,
  heart,
  'light-bulb': lightBulb,
  // The outlined question mark: the red one reads as an error beside a negative answer.
  question,
  telephone,
  // A ring buoy rather than the red SOS button: the kiosk is no emergency channel and must not look like one.
  help,
};
