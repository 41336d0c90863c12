// Name-free English posts and customer messages (shows, games, songs, teams, products, places, shouting, hashtags):
// capitalised words everywhere and no person among them, so no NAME span (precision guard for the English rules).

import { describe, expect, it } from 'vitest';
import { names } from '../helpers/names.js';

const posts: Record<string, string[]> = {
  'shows and films': [
    'Just finished Breaking Bad for the third time and it still holds up',
    'Anyone else think Stranger Things went downhill after season two?',
    'The Mandalorian season finale was perfect',
    'Game of Thrones ending still makes me angry',
    'Just started The Office again, comfort show forever',
    'Star Wars fans, is Andor worth watching?',
    'Who else is watching Squid Game tonight?',
    'The Grand Budapest Hotel is a visual masterpiece',
    'Interstellar soundtrack gives me goosebumps',
    'Pulp Fiction dialogue is iconic',
    'The Lion King remake could not match the original',
    'Toy Story 3 ending made me cry',
  ],
  'games': [
    'Red Dead Redemption is the best game I have ever played',
    'Fortnite servers are down again, great',
    'honestly Minecraft with shaders looks insane',
    'The new Zelda trailer gave me chills',
    'The PlayStation store has a huge sale this weekend',
    'Elden Ring boss fights are brutal but fair',
    'Call of Duty lobbies are full of cheaters',
    'League of Legends patch notes are out',
    'Valorant ranked is pure pain',
    'Overwatch 2 feels like a downgrade',
  ],
  'songs': [
    'Cant stop listening to Bohemian Rhapsody today',
    'this song is fire, Blinding Lights on repeat all week',
    'Taylor Swift Eras Tour tickets sold out instantly',
    'Despacito still gets stuck in my head',
    'Old Town Road was the song of that summer',
    'Shape of You is overplayed at every wedding',
    'Hotel California solo is the best ever',
  ],
  'sports teams and competitions': [
    'Manchester United lost again, what a surprise',
    'Real Madrid deserved the win tonight',
    'The Lakers need a new coach asap',
    'Go Warriors! What a comeback in the fourth quarter',
    'The Premier League is more exciting than La Liga',
    'Champions League final tickets cost a fortune',
    'The Super Bowl halftime show was mid',
    'Formula One races are boring lately',
    'Wimbledon finals are on this weekend',
  ],
  'products and brands': [
    'Bought the new iPhone and the battery is already dying',
    'My Samsung Galaxy keeps restarting after the update',
    'The Kindle Paperwhite is perfect for reading at night',
    'Ordered AirPods Pro and got an empty box',
    'Tesla Model 3 owners, how is the range in winter?',
    'The Air Jordan 1 restock sold out in seconds',
    'Adidas Ultraboost or New Balance for walking all day?',
    'Zara returns take forever to process',
    'IKEA instructions are a puzzle on their own',
    'Starbucks Pumpkin Spice Latte is back!',
    'McDonalds fries were cold again',
    'KFC Zinger Burger is underrated',
    'Burger King app coupons never work',
    'Chipotle portions are getting smaller every month',
    'Amazon Prime Day was disappointing this year',
    'eBay seller never shipped my order',
  ],
  'places': [
    'Visited Grand Canyon last summer, breathtaking views',
    'Central Park in the fall is something else',
    'The Eiffel Tower was smaller than I expected',
    'Anyone been to Lake Tahoe in winter? Worth it?',
    'Flying to Tashkent next week, any tips for Chorsu Bazaar?',
    'Samarkand at night is absolutely beautiful',
  ],
  'all-caps shouting': [
    'THIS IS THE BEST UPDATE EVER',
    'WHY IS THE APP SO SLOW TODAY',
    'I WANT MY MONEY BACK NOW',
    'NEVER ORDERING FROM HERE AGAIN',
  ],
  'hashtags': [
    '#BlackFriday deals are a joke this year',
    '#ThrowbackThursday to the best concert of my life',
    'Loving the new #GalaxyS24 camera',
    'So hyped for #WWDC tomorrow',
    '#MondayMotivation hit the gym at 6am',
  ],
  'channel comments': [
    'Love this channel, keep the videos coming',
    'Great video, very helpful tutorial',
    'Subscribed! Can you do a review of the Pixel 8?',
    'First! Love from Uzbekistan',
    'Who is watching this in 2024?',
  ],
  'apps and services': [
    'Netflix raised prices again and the library keeps shrinking',
    'Spotify Wrapped says I listened to the same album for 900 hours',
    'Delivered by Uzum Market in two days, very fast',
    'Korzinka has the best prices in the city',
    'Paid with Payme and the money left twice',
    'Yandex Go driver was on time and polite',
    'Click app keeps logging me out',
    'Beeline internet has been down since morning',
    'Kaspi Red installment is so convenient',
    'Wildberries pickup point was closed on Sunday',
    'Microsoft Teams crashed during my presentation',
    'Google Maps sent me down a dirt road',
    'Zoom Pro trial ended and now calls cut at 40 minutes',
    'WhatsApp Web stopped syncing my chats',
    'Telegram Premium is worth it for the file limit',
  ],
};

describe('NAME in name-free English posts', () => {
  it.each(Object.entries(posts).flatMap(([kind, texts]) => texts.map((text) => [kind, text] as const)))('masks nothing in a post about %s: %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
