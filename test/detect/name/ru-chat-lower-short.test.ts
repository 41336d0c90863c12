// Lower-case Russian chat: three-letter given names and their case forms (`оле`, `иру`, `зоей`) in the places
// ru-chat-lower-slots.ts reads, and a message opening with the person it asks or greets. Invented contexts.

import { describe, expect, it } from 'vitest';
import { names } from '../../helpers/names.js';

describe('a short given name or one opening a request', () => {
  it.each([
    ['a short name in the dative after `передайте`', 'передайте оле что я перезвоню после обеда', ['оле']],
    ['a short name in the accusative called to the phone', 'позовите иру к телефону, вопрос по заказу', ['иру']],
    ['a short name in the instrumental talked with', 'можно поговорить с зоей насчёт доставки?', ['зоей']],
    ['a short name before a department', 'вопрос решила зоя из колл-центра, спасибо ей', ['зоя']],
    ['a listed name also a word opening a request', 'надежда добрый день, когда будет доставка?', ['надежда']],
    ['a listed name opening a request after a comma', 'роман, добрый день, где мой заказ?', ['роман']],
  ])('finds it (%s): %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('no name in those places', () => {
  it.each([
    ['a word opening a greeting', 'коллеги добрый день, где мой заказ?'],
    ['thanks opening a greeting', 'спасибо, добрый день, заказ получила'],
    ['a short everyday word after `передайте`', 'передайте всё что нужно курьеру'],
    ['faith opening a sentence', 'слава богу, добрый день наконец настал'],
  ])('leaves it (%s): %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
