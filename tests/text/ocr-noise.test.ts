import { describe, expect, it } from 'vitest';
import { isOcrNoise } from '../../lib/text';

describe('isOcrNoise', () => {
  it.each([
    ['区T', 'a Han and a letter'],
    ['E', 'one letter'],
    ['二', 'one Han character: a line no sentence runs on through'],
    ['<', 'a mark'],
    ['RE', 'two letters'],
    ['二      届             全 下', 'pieces far apart, most of them one character'],
    ['<      斗            旦证        7', 'a photo read across its width'],
  ])('noise: %s (%s)', (line) => expect(isOcrNoise(line)).toBe(true));

  it.each([
    ['夯 实 粮 食 安 全 根 基', 'a letter-spaced head: one piece, its spaces single'],
    ['简讯', 'a kicker of two Han characters'],
    ['老字号酱园焕发新活力          E', 'a head with a mark beside it: half the pieces are words'],
    ['2024', 'four digits may be text'],
    ['GDP增长', 'Latin and Han'],
    ['（一）', 'a list mark'],
    ['年。', 'a sentence end'],
    ['5 :千二', 'a colon: text, however garbled'],
    ['比增长11%                  展览活动', 'two heads side by side'],
    ['', 'an empty line'],
  ])('not noise: %s (%s)', (line) => expect(isOcrNoise(line)).toBe(false));
});
